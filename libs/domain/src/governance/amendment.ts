import { IsoDate } from '../shared/calendar-date';
import { AmendmentApproval } from './amendment-status';
import { ClauseChanges } from './clause-changes';

/** Avenant. */
export interface Amendment {
  id: string;
  conventionId: string;
  number: number;
  title: string | null;
  text: string;
  changes: ClauseChanges;
  proposedOn: IsoDate;
  approvals: Array<AmendmentApproval & { recordedBy: string | null }>;
  createdBy: string | null;
  createdAt: string;
}
