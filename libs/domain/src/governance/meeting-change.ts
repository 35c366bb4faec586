import { IsoDate } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { MinutesStatus } from './minutes-state';

/** What else hangs on a meeting when an officer corrects or removes it. */
export interface MeetingDependants {
  /** The standing of each version of its minutes, oldest first. */
  minutes: Array<{ version: number; status: MinutesStatus; signedOn: IsoDate[] }>;
  /** Action plans validated and evaluations presented at it: each recorded a deadline done on its date. */
  actionPlans: number;
  evaluations: number;
  /** The highest agenda index a decision answers, or null. */
  highestAnsweredAgendaItem: number | null;
}

/**
 * A meeting is the officers' own record until its minutes are executory: from then on the
 * signed procès-verbal is the legal record, and the meeting it reports on is frozen (409 naming
 * `minutes`). Before that, a correction must keep what was built on the meeting true: its date
 * cannot move while action plans or evaluations recorded their deadlines done on it, nor after a
 * signature already given; its agenda cannot lose an item a decision answers.
 */
export function assertMeetingCorrectable(
  dependants: MeetingDependants,
  change: { heldOn?: IsoDate; heldOnBefore: IsoDate; agendaLength?: number },
): void {
  assertNotExecutory(dependants, 'corrected');
  if (change.heldOn !== undefined && change.heldOn !== change.heldOnBefore) {
    if (dependants.actionPlans + dependants.evaluations > 0)
      throw new DomainError(
        'conflict',
        'heldOn: an action plan or an evaluation recorded its deadline done on this date; the date cannot move',
        'heldOn',
      );
    const firstSignature = dependants.minutes
      .flatMap((minutes) => minutes.signedOn)
      .sort()
      .at(0);
    if (firstSignature && change.heldOn > firstSignature)
      throw new DomainError(
        'invalid_input',
        `heldOn: the minutes were signed on ${firstSignature}, before that date`,
        'heldOn',
      );
  }
  const answered = dependants.highestAnsweredAgendaItem;
  if (change.agendaLength !== undefined && answered !== null && change.agendaLength <= answered)
    throw new DomainError(
      'invalid_input',
      `agenda: a decision answers item ${answered + 1}; the agenda needs at least ${answered + 1} items`,
      'agenda',
    );
}

/**
 * Deleting removes the meeting with its decisions and unsigned minutes (a meeting logged by
 * mistake); it is refused once the minutes are executory, and while action plans or evaluations
 * presented at it stand, since they closed deadlines of their own on its date.
 */
export function assertMeetingDeletable(dependants: MeetingDependants): void {
  assertNotExecutory(dependants, 'deleted');
  if (dependants.actionPlans + dependants.evaluations > 0)
    throw new DomainError(
      'conflict',
      'id: an action plan or an evaluation was presented at this meeting; it cannot be deleted',
      'id',
    );
}

function assertNotExecutory(dependants: MeetingDependants, what: 'corrected' | 'deleted'): void {
  const executory = dependants.minutes.find((minutes) => minutes.status === 'executory');
  if (executory)
    throw new DomainError(
      'conflict',
      `minutes: version ${executory.version} of the minutes is executory; the meeting cannot be ${what}`,
      'minutes',
    );
}
