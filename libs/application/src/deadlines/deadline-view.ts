import {
  ClauseKind,
  ClauseSource,
  DeadlineAbout,
  DeadlineKind,
  DeadlineStatus,
  IsoDate,
} from '@passerelle/domain';
import { DeadlineRecord } from '../ports/deadline.repository';

/** A deadline as the API shows it (docs/deadline-rules.md fields first). */
export interface DeadlineView {
  kind: DeadlineKind;
  dueOn: IsoDate;
  status: DeadlineStatus;
  source: ClauseSource | null;
  title: string;
  clause: ClauseKind | null;
  termIndex: number | null;
  period?: { from: IsoDate; to: IsoDate };
  planYear?: number;
  record: Omit<DeadlineRecord, 'conventionId' | 'kind' | 'dueOn'> | null;
  /** minutes_signature, amendment_approval: the meeting or amendment, and who has yet to sign or answer. */
  about?: DeadlineAbout;
}
