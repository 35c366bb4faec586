import { COMPLIANCE_OUTCOMES, ComplianceItem } from './compliance-item';
import { ComplianceRule } from './compliance-rule';

type Outcome<R extends ComplianceRule> = (typeof COMPLIANCE_OUTCOMES)[R][number];

export function item<R extends ComplianceRule>(
  rule: R,
  ok: boolean,
  outcome: Outcome<R>,
  params: ComplianceItem['params'] = {},
): ComplianceItem {
  return { rule, ok, messageKey: `compliance.${rule}.${outcome}`, params };
}
