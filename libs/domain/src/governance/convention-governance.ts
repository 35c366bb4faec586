import { ConventionDocument } from '../conventions/convention';
import { Deadline, deadlineKey, DeadlineKind } from '../deadlines/deadline';
import { DeadlineWindow } from '../deadlines/deadline-window';
import { addDays, IsoDate } from '../shared/calendar-date';
import { AmendmentApproval, amendmentStanding } from './amendment-status';
import { AmendmentInForce, ClauseChanges, clausesInForceOn } from './clause-changes';
import { byDueOnThenKind, computeDeadlinesWithAmendments } from './compute-deadlines-with-amendments';
import { MinutesState, minutesStanding } from './minutes-state';

/** Minutes are to be signed within 30 days of the meeting (of the correction, for a new version). */
export const MINUTES_SIGNATURE_DAYS = 30;
/** Each party is to answer an amendment within 90 days of its proposal (a council cycle). */
export const AMENDMENT_APPROVAL_DAYS = 90;

/** What a governance deadline is about, for officers to find it. */
export interface DeadlineAbout {
  meetingId?: string;
  heldOn?: IsoDate;
  minutesId?: string | null;
  version?: number;
  amendmentId?: string;
  /** Signatories or parties still to sign or answer. */
  missing?: string[];
}

export interface GovernanceDeadline extends Deadline {
  about?: DeadlineAbout;
}

/** The stored records the governance deadlines come from. */
export interface MinutesFacts extends MinutesState {
  id: string;
  version: number;
  /** Day the version was written, in the convention's time zone. */
  createdOn: IsoDate;
  /** The latest version of the meeting's minutes. */
  current: boolean;
}

export interface MeetingFacts {
  id: string;
  heldOn: IsoDate;
  minutes: MinutesFacts[];
}

export interface AmendmentFacts {
  id: string;
  proposedOn: IsoDate;
  changes: ClauseChanges;
  approvals: AmendmentApproval[];
}

export interface GovernanceFacts {
  meetings: MeetingFacts[];
  amendments: AmendmentFacts[];
}

/** Everything deadlines need beyond the document: clause versions and the records that open deadlines. */
export interface ConventionGovernance {
  amendments: AmendmentInForce[];
  deadlines: GovernanceDeadline[];
  /** Meetings held by `today` whose current minutes (or lack of them) still miss a required signature. */
  unsignedMinutes: number;
  /** Meetings held (by today) whose minutes the committee clause asks to be signed. */
  meetingsWithMinutes?: number;
}

export const NO_GOVERNANCE: ConventionGovernance = { amendments: [], deadlines: [], unsignedMinutes: 0 };

function governanceDeadline(
  kind: DeadlineKind,
  dueOn: IsoDate,
  doc: ConventionDocument,
  about: DeadlineAbout,
): GovernanceDeadline {
  const clause = kind === 'minutes_signature' ? 'committee' : 'amendment';
  return {
    kind,
    dueOn,
    key: deadlineKey(kind, dueOn),
    source: doc.clauses[clause]?.source ?? null,
    clause,
    termIndex: null,
    about,
  };
}

/**
 * Amendments in force, and the `minutes_signature` / `amendment_approval` deadlines (docs/deadline-rules.md#the-kinds):
 * - one per meeting whose committee clause (as in force on its date) names signatories: due 30
 *   days after the meeting, or after a correction for versions 2+; kept for the current version
 *   and for every version that became executory;
 * - one per amendment: due 90 days after it was proposed.
 * They stay listed once closed: the records written when they close say done or waived.
 */
export function conventionGovernance(
  doc: ConventionDocument,
  facts: GovernanceFacts,
  today?: IsoDate,
): ConventionGovernance {
  const amendments: AmendmentInForce[] = [];
  const deadlines: GovernanceDeadline[] = [];
  for (const amendment of facts.amendments) {
    const standing = amendmentStanding(doc.clauses.amendment?.rule, doc.parties, amendment.approvals);
    if (standing.status === 'in_force' && standing.inForceOn) {
      amendments.push({ id: amendment.id, inForceOn: standing.inForceOn, changes: amendment.changes });
    }
    deadlines.push(
      governanceDeadline('amendment_approval', addDays(amendment.proposedOn, AMENDMENT_APPROVAL_DAYS), doc, {
        amendmentId: amendment.id,
        missing: standing.missing,
      }),
    );
  }
  let unsignedMinutes = 0;
  let meetingsWithMinutes = 0;
  for (const meeting of facts.meetings) {
    const required = clausesInForceOn(doc, amendments, meeting.heldOn).committee?.minutesSignatories ?? [];
    if (required.length === 0) continue;
    const about = { meetingId: meeting.id, heldOn: meeting.heldOn };
    const firstDue = addDays(meeting.heldOn, MINUTES_SIGNATURE_DAYS);
    const versions = [...meeting.minutes].sort((a, b) => a.version - b.version);
    let executory = false;
    if (versions.length === 0) {
      deadlines.push(
        governanceDeadline('minutes_signature', firstDue, doc, {
          ...about,
          minutesId: null,
          missing: [...required],
        }),
      );
    }
    for (const minutes of versions) {
      const standing = minutesStanding(minutes, required);
      if (minutes.current) executory = standing.status === 'executory';
      if (!minutes.current && standing.status !== 'executory') continue;
      const dueOn = minutes.version <= 1 ? firstDue : addDays(minutes.createdOn, MINUTES_SIGNATURE_DAYS);
      deadlines.push(
        governanceDeadline('minutes_signature', dueOn, doc, {
          ...about,
          minutesId: minutes.id,
          version: minutes.version,
          missing: standing.missing,
        }),
      );
    }
    if (!today || meeting.heldOn <= today) meetingsWithMinutes += 1;
    if (!executory && (!today || meeting.heldOn <= today)) unsignedMinutes += 1;
  }
  return { amendments, deadlines, unsignedMinutes, meetingsWithMinutes };
}

/**
 * Every deadline of a convention in the window: its clauses as amended over time, plus the
 * deadlines its meetings and amendments open; one per kind and date, none after a termination.
 */
export function computeConventionDeadlines(
  doc: ConventionDocument,
  governance: Pick<ConventionGovernance, 'amendments' | 'deadlines'>,
  window: DeadlineWindow,
): GovernanceDeadline[] {
  const byKey = new Map<string, GovernanceDeadline>();
  for (const deadline of computeDeadlinesWithAmendments(doc, governance.amendments, window))
    byKey.set(deadline.key, deadline);
  for (const deadline of governance.deadlines) {
    if (deadline.dueOn < window.from || deadline.dueOn > window.to) continue;
    if (doc.terminatedOn && deadline.dueOn > doc.terminatedOn) continue;
    if (!byKey.has(deadline.key)) byKey.set(deadline.key, deadline);
  }
  return [...byKey.values()].sort(byDueOnThenKind);
}
