import { Actor, Decision, Meeting } from '@passerelle/domain';

export type NewMeeting = Omit<Meeting, 'id' | 'createdBy' | 'createdAt'>;
export type NewDecision = Omit<Decision, 'id' | 'createdBy' | 'createdAt'>;

/** Committee meetings and their decisions. Writes join the caller's unit of work and are audited as `actor`. */
export abstract class MeetingRepository {
  /** The convention's meetings, by date. */
  abstract listOf(conventionId: string): Promise<Meeting[]>;
  abstract byId(id: string): Promise<Meeting | null>;
  abstract insert(meeting: NewMeeting, actor: Actor): Promise<Meeting>;
  abstract decisionsOf(meetingId: string): Promise<Decision[]>;
  abstract insertDecision(conventionId: string, decision: NewDecision, actor: Actor): Promise<Decision>;
}
