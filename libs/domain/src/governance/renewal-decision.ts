import { IsoDate } from '../shared/calendar-date';
import { RenewalDecisionKind } from './renewal-decisions';

export interface Deliberation {
  party: string;
  on: IsoDate;
  ref?: string | null;
}

/** An express renewal, a non-renewal or a notice of termination, as recorded. */
export interface RenewalDecision {
  id: string;
  conventionId: string;
  kind: RenewalDecisionKind;
  decidedOn: IsoDate;
  /** The party that sent a notice of termination. */
  party: string | null;
  deliberations: Deliberation[];
  newTermMonths: number | null;
  lastDayInForceBefore: IsoDate | null;
  lastDayInForceAfter: IsoDate | null;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}
