import {
  amendedDocument,
  calendarDateIn,
  deriveConventionStatus,
  documentComplianceItems,
  StoredConvention,
} from '@passerelle/domain';
import { amendmentsInForceOf } from '../../governance/convention-governance';
import { ComplianceAnswers, StoredComplianceAlert } from '../../ports/compliance-answers';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceReader } from '../../ports/governance-reader';

export interface ConventionAlerts {
  conventionId: string;
  reference: string;
  title: string;
  alerts: StoredComplianceAlert[];
}

/**
 * The document formalities missing on each convention not yet ended, as of `now` in its zone: the
 * formalities of the CGCT that depend on the document alone (documentComplianceItems, no deadline
 * computed). The yearly obligations (action plan, committee, minutes, evaluation) reach the
 * dashboard as their own overdue or coming deadlines.
 */
export async function documentAlertsOf(
  conventions: StoredConvention[],
  governance: GovernanceReader | undefined,
  now: Date,
): Promise<Map<string, StoredComplianceAlert[]>> {
  const amendments = await amendmentsInForceOf(governance, conventions, now);
  const found = new Map<string, StoredComplianceAlert[]>();
  for (const convention of conventions) {
    const today = calendarDateIn(now, convention.timeZone);
    const status = deriveConventionStatus(
      amendedDocument(convention, amendments.get(convention.id) ?? []),
      today,
    );
    const alerts: StoredComplianceAlert[] = [];
    if (status !== 'expired' && status !== 'terminated') {
      for (const item of documentComplianceItems(convention)) {
        if (item.ok) continue;
        alerts.push({ rule: item.rule, messageKey: item.messageKey, params: item.params });
      }
    }
    found.set(convention.id, alerts);
  }
  return found;
}

/**
 * Every convention of the scope with its alerts: the stored answers where they are current, the
 * others computed (500 documents at a time) and stored for the next request.
 */
export async function currentDocumentAlerts(
  answers: ComplianceAnswers,
  conventions: ConventionRepository,
  governance: GovernanceReader | undefined,
  scope: Parameters<ComplianceAnswers['read']>[0],
  now: Date,
): Promise<ConventionAlerts[]> {
  const lines = await answers.read(scope, now);
  const stale = lines.filter((line) => line.alerts === null);
  const computed = new Map<string, StoredComplianceAlert[]>();
  for (let start = 0; start < stale.length; start += 500) {
    const batch = stale.slice(start, start + 500);
    const docs = await conventions.findManyByIds(batch.map((line) => line.conventionId));
    const alerts = await documentAlertsOf(docs, governance, now);
    alerts.forEach((value, id) => computed.set(id, value));
    await answers.save(
      batch
        .filter((line) => alerts.has(line.conventionId))
        .map((line) => ({
          conventionId: line.conventionId,
          revision: line.revision,
          localDay: line.localDay,
          alerts: alerts.get(line.conventionId)!,
        })),
    );
  }
  return lines
    .map((line) => ({
      conventionId: line.conventionId,
      reference: line.reference,
      title: line.title,
      alerts: line.alerts ?? computed.get(line.conventionId) ?? [],
    }))
    .filter((line) => line.alerts.length > 0);
}
