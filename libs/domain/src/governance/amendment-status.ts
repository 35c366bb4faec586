import { AmendmentRule } from '../clauses/clauses';
import { Party } from '../conventions/convention';
import { IsoDate, maxIsoDate } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { findPartyName } from './party-name';

export type ApprovalDecision = 'approved' | 'refused';
export const APPROVAL_DECISIONS: readonly ApprovalDecision[] = ['approved', 'refused'];

export type AmendmentStatus = 'proposed' | 'refused' | 'in_force';
export const AMENDMENT_STATUSES: readonly AmendmentStatus[] = ['proposed', 'refused', 'in_force'];

/** A party's answer: its council's deliberation or its representative's signature of the avenant. */
export interface AmendmentApproval {
  party: string;
  decision: ApprovalDecision;
  on: IsoDate;
  deliberationRef?: string | null;
}

export interface AmendmentStanding {
  rule: AmendmentRule;
  status: AmendmentStatus;
  /** Parties that have not answered yet. */
  missing: string[];
  refusedBy: string[];
  /** The date of the last approval, once every party has approved. */
  inForceOn: IsoDate | null;
}

/** Without an amendment clause, an avenant needs the common agreement of every party. */
export const DEFAULT_AMENDMENT_RULE: AmendmentRule = 'common_agreement';

/**
 * Unanimity, common agreement and an avenant signed by all come to the same thing between the
 * parties of a convention: every party must approve (by deliberation or signature, as the rule
 * says), one refusal sinks it, and it enters into force on the date of the last approval.
 */
export function amendmentStanding(
  rule: AmendmentRule | null | undefined,
  parties: ReadonlyArray<Pick<Party, 'name'>>,
  approvals: readonly AmendmentApproval[],
): AmendmentStanding {
  const applied = rule ?? DEFAULT_AMENDMENT_RULE;
  const answered = new Map(approvals.map((approval) => [findPartyName(parties, approval.party), approval]));
  const missing = parties.map(({ name }) => name).filter((name) => !answered.has(name));
  const refusedBy = parties
    .map(({ name }) => name)
    .filter((name) => answered.get(name)?.decision === 'refused');
  if (refusedBy.length > 0) return { rule: applied, status: 'refused', missing, refusedBy, inForceOn: null };
  if (missing.length > 0) return { rule: applied, status: 'proposed', missing, refusedBy, inForceOn: null };
  const inForceOn = approvals.map((approval) => approval.on).reduce(maxIsoDate);
  return { rule: applied, status: 'in_force', missing, refusedBy, inForceOn };
}

/**
 * Adds a party's answer. Unknown party: 400 naming `party`. The same answer again changes nothing
 * (a client retry); a different answer from a party that already answered, or any answer once the
 * amendment is refused, is a 409. An answer is not in the future (400 naming `on`).
 */
export function answerAmendment(
  rule: AmendmentRule | null | undefined,
  parties: ReadonlyArray<Pick<Party, 'name'>>,
  approvals: readonly AmendmentApproval[],
  answer: AmendmentApproval,
  today: IsoDate,
): { approvals: AmendmentApproval[]; approval: AmendmentApproval; changed: boolean } {
  const party = findPartyName(parties, answer.party);
  if (!party)
    throw new DomainError(
      'invalid_input',
      `party: "${answer.party}" is not a party of the convention`,
      'party',
    );
  if (answer.on > today) throw new DomainError('invalid_input', 'on: cannot be in the future', 'on');
  const approval = { ...answer, party, deliberationRef: answer.deliberationRef ?? null };
  const previous = approvals.find((existing) => findPartyName(parties, existing.party) === party);
  if (previous) {
    if (previous.decision === approval.decision && previous.on === approval.on) {
      return { approvals: [...approvals], approval: previous, changed: false };
    }
    throw new DomainError(
      'conflict',
      `party: "${party}" already answered (${previous.decision} on ${previous.on})`,
      'party',
    );
  }
  if (amendmentStanding(rule, parties, approvals).status === 'refused') {
    throw new DomainError('conflict', 'the amendment was refused: propose a new one', 'party');
  }
  return { approvals: [...approvals, approval], approval, changed: true };
}
