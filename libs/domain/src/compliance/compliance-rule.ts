/** Checks of the compliance checklist (CGCT art. L1115-1 and following), in display order. */
export type ComplianceRule =
  | 'deliberation_before_signature'
  | 'signatures_recorded'
  | 'prefecture_transmission'
  | 'object_stated'
  | 'financial_commitment_stated'
  | 'action_plan_current_year'
  | 'committee_meeting_current_year'
  | 'minutes_signed'
  | 'evaluation_current_year';

export const COMPLIANCE_RULES: readonly ComplianceRule[] = [
  'deliberation_before_signature',
  'signatures_recorded',
  'prefecture_transmission',
  'object_stated',
  'financial_commitment_stated',
  'action_plan_current_year',
  'committee_meeting_current_year',
  'minutes_signed',
  'evaluation_current_year',
];
