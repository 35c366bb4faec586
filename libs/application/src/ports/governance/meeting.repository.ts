import { Actor, Decision, Meeting } from '@passerelle/domain';

export type NewMeeting = Omit<Meeting, 'id' | 'createdBy' | 'createdAt'>;
export type MeetingChange = Partial<
  Pick<Meeting, 'heldOn' | 'city' | 'country' | 'hostParty' | 'convenedBy' | 'agenda' | 'attendees'>
>;
export type NewDecision = Omit<Decision, 'id' | 'createdBy' | 'createdAt'>;

/** Committee meetings and their decisions. Writes join the caller's unit of work and are audited as `actor`. */
export abstract class MeetingRepository {
  /** The convention's meetings, by date. */
  abstract listOf(conventionId: string): Promise<Meeting[]>;
  abstract byId(id: string): Promise<Meeting | null>;
  abstract insert(meeting: NewMeeting, actor: Actor): Promise<Meeting>;
  /** Writes the given fields; audited with the meeting before and after. */
  abstract update(id: string, change: MeetingChange, actor: Actor): Promise<Meeting>;
  /** Removes the meeting with its decisions and minutes (the schema cascades); audited. */
  abstract delete(id: string, actor: Actor): Promise<void>;
  abstract decisionsOf(meetingId: string): Promise<Decision[]>;
  abstract insertDecision(conventionId: string, decision: NewDecision, actor: Actor): Promise<Decision>;
}
