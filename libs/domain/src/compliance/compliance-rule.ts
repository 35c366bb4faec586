/**
 * Checks of the compliance checklist, in display order: CGCT art. L1115-1 and following for the
 * French parties, organic laws 113-14 / 112-14 / 111-14 for the Moroccan ones (docs/compliance-both-shores.md).
 */
export type ComplianceRule =
  | 'deliberation_before_signature'
  | 'ma_deliberation'
  | 'signatures_recorded'
  | 'prefecture_transmission'
  | 'prefecture_review'
  | 'ma_visa'
  | 'no_foreign_state'
  | 'object_stated'
  | 'financial_commitment_stated'
  | 'action_plan_current_year'
  | 'committee_meeting_current_year'
  | 'minutes_signed'
  | 'evaluation_current_year';

export const COMPLIANCE_RULES: readonly ComplianceRule[] = [
  'deliberation_before_signature',
  'ma_deliberation',
  'signatures_recorded',
  'prefecture_transmission',
  'prefecture_review',
  'ma_visa',
  'no_foreign_state',
  'object_stated',
  'financial_commitment_stated',
  'action_plan_current_year',
  'committee_meeting_current_year',
  'minutes_signed',
  'evaluation_current_year',
];
