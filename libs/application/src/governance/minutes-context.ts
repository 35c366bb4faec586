import {
  clausesInForceOn,
  ConventionGovernance,
  DomainError,
  Meeting,
  Minutes,
  StoredConvention,
} from '@passerelle/domain';
import { MeetingRepository, MinutesRepository } from '../ports/governance';

/** A version of the minutes with its meeting and the signatories the clause in force on its date names. */
export async function minutesWithMeeting(
  ports: { minutes: MinutesRepository; meetings: MeetingRepository },
  doc: StoredConvention,
  governance: Pick<ConventionGovernance, 'amendments'>,
  minutesId: string,
): Promise<{ minutes: Minutes; meeting: Meeting; signatories: string[] }> {
  const minutes = await ports.minutes.byId(minutesId);
  const meeting = minutes && (await ports.meetings.byId(minutes.meetingId));
  if (!minutes || !meeting || minutes.conventionId !== doc.id) {
    throw new DomainError('not_found', `minutes ${minutesId} not found`, 'id');
  }
  return { minutes, meeting, signatories: signatoriesOn(doc, governance, meeting) };
}

export function signatoriesOn(
  doc: StoredConvention,
  governance: Pick<ConventionGovernance, 'amendments'>,
  meeting: Pick<Meeting, 'heldOn'>,
): string[] {
  return clausesInForceOn(doc, governance.amendments, meeting.heldOn).committee?.minutesSignatories ?? [];
}

/** A meeting of the convention; 404 otherwise. */
export async function meetingOf(
  meetings: MeetingRepository,
  doc: StoredConvention,
  meetingId: string,
): Promise<Meeting> {
  const meeting = await meetings.byId(meetingId);
  if (!meeting || meeting.conventionId !== doc.id) {
    throw new DomainError('not_found', `meeting ${meetingId} not found`, 'id');
  }
  return meeting;
}

export function assertCurrent(minutes: Minutes, what: string): void {
  if (minutes.supersededAt) {
    throw new DomainError(
      'conflict',
      `${what}: version ${minutes.version} was corrected by a later version`,
      'id',
    );
  }
}
