import { Actor, IsoDate, Minutes, MinutesSignature } from '@passerelle/domain';

export type NewMinutes = Pick<Minutes, 'meetingId' | 'version' | 'text' | 'createdOn' | 'circulatedOn'>;

/** Versions of a meeting's procès-verbal and their signatures. Writes join the caller's unit of work. */
export abstract class MinutesRepository {
  abstract byId(id: string): Promise<Minutes | null>;
  /** Every version, oldest first. */
  abstract ofMeeting(meetingId: string): Promise<Minutes[]>;
  abstract insert(conventionId: string, minutes: NewMinutes, actor: Actor): Promise<Minutes>;
  abstract update(
    id: string,
    change: { text?: string; circulatedOn?: IsoDate | null },
    actor: Actor,
  ): Promise<Minutes>;
  abstract supersede(id: string, actor: Actor): Promise<void>;
  abstract addSignature(id: string, signature: MinutesSignature, actor: Actor): Promise<Minutes>;
}
