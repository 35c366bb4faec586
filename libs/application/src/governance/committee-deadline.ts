import {
  Actor,
  addMonthsClamped,
  computeConventionDeadlines,
  ConventionGovernance,
  IsoDate,
  Meeting,
  StoredConvention,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { DeadlineRecord } from '../ports/deadline.repository';
import { DeadlineSettlement, GovernedConventions } from '../ports/governance';

export interface CommitteeDeadline {
  kind: 'committee_meeting';
  dueOn: IsoDate;
  period?: { from: IsoDate; to: IsoDate };
}

/** The committee_meeting deadline of the part of the year `on` falls in, if the clause asks one. */
export function committeeDeadlineOn(
  doc: StoredConvention,
  governance: ConventionGovernance,
  on: IsoDate,
): CommitteeDeadline | null {
  const found = computeConventionDeadlines(doc, governance, { from: on, to: addMonthsClamped(on, 12) }).find(
    (candidate) =>
      candidate.kind === 'committee_meeting' &&
      candidate.period !== undefined &&
      candidate.period.from <= on &&
      on <= candidate.period.to,
  );
  if (!found) return null;
  return { kind: 'committee_meeting', dueOn: found.dueOn, ...(found.period ? { period: found.period } : {}) };
}

/** The meeting satisfies its period's deadline: recorded done on its date, unless already done. */
export async function settleCommitteeDeadline(
  governed: GovernedConventions,
  doc: StoredConvention,
  deadline: CommitteeDeadline,
  meeting: Pick<Meeting, 'heldOn' | 'city'>,
  actor: Actor,
): Promise<DeadlineRecord | null> {
  const record =
    (await governed.deadlineRecords(doc.id)).find(
      (r) => r.kind === deadline.kind && r.dueOn === deadline.dueOn,
    ) ?? null;
  if (record?.state === 'done') return record;
  return governed.settle(doc.id, meetingSettlement(deadline, meeting, actor), actor);
}

function meetingSettlement(
  deadline: CommitteeDeadline,
  meeting: Pick<Meeting, 'heldOn' | 'city'>,
  actor: Actor,
): DeadlineSettlement {
  return {
    kind: 'committee_meeting',
    dueOn: deadline.dueOn,
    state: 'done',
    doneOn: meeting.heldOn,
    note: translate(actor.language, 'governance.note.meeting_held', {
      heldOn: meeting.heldOn,
      city: meeting.city,
    }),
    reason: null,
  };
}

/**
 * A meeting moved or deleted no longer satisfies its old period. The record it wrote (done on its
 * date) passes to the earliest other meeting still held in that period, or is removed, so the
 * deadline is open again. A record with another date is an officer's or another meeting's: it stays.
 */
export async function releaseCommitteeDeadline(
  governed: GovernedConventions,
  doc: StoredConvention,
  governance: ConventionGovernance,
  gone: Pick<Meeting, 'id' | 'heldOn'>,
  remaining: Array<Pick<Meeting, 'id' | 'heldOn' | 'city'>>,
  actor: Actor,
): Promise<void> {
  const deadline = committeeDeadlineOn(doc, governance, gone.heldOn);
  if (!deadline?.period) return;
  const record = (await governed.deadlineRecords(doc.id)).find(
    (r) => r.kind === deadline.kind && r.dueOn === deadline.dueOn,
  );
  if (record?.state !== 'done' || record.doneOn !== gone.heldOn) return;
  const { from, to } = deadline.period;
  const next = remaining
    .filter((m) => m.id !== gone.id && from <= m.heldOn && m.heldOn <= to)
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
    .at(0);
  if (!next) {
    await governed.unsettle(doc.id, { kind: deadline.kind, dueOn: deadline.dueOn }, actor);
    return;
  }
  await governed.settle(doc.id, meetingSettlement(deadline, next, actor), actor);
}
