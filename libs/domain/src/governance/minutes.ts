import { IsoDate } from '../shared/calendar-date';
import { MinutesSignature } from './minutes-state';

/** One version of a meeting's procès-verbal. */
export interface Minutes {
  id: string;
  meetingId: string;
  conventionId: string;
  version: number;
  /** Sanitised Markdown. */
  text: string;
  createdOn: IsoDate;
  circulatedOn: IsoDate | null;
  signatures: Array<MinutesSignature & { recordedBy: string | null }>;
  supersededAt: string | null;
  createdBy: string | null;
  createdAt: string;
}
