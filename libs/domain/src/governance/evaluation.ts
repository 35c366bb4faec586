import { IsoDate } from '../shared/calendar-date';

export interface Indicator {
  name: string;
  target?: string | null;
  value?: string | null;
}

/** An evaluation presented to the committee (or recorded without a meeting). */
export interface Evaluation {
  id: string;
  conventionId: string;
  meetingId: string | null;
  presentedOn: IsoDate;
  period: { from: IsoDate; to: IsoDate };
  indicators: Indicator[];
  findings: string;
  /** Due dates of the evaluation deadlines it satisfied. */
  settles: IsoDate[];
  createdBy: string | null;
  createdAt: string;
}
