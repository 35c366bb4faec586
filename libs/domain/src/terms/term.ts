import { IsoDate } from '../shared/calendar-date';

/** One period of validity of a convention: the first term or a renewal of it. */
export interface Term {
  /** 0 = first term; n = the n-th renewal. */
  index: number;
  startsOn: IsoDate;
  /** Null = indefinite (durée indéterminée). */
  lastDayInForce: IsoDate | null;
  /** True for terms produced by tacit renewal (reconduction tacite). */
  renewal: boolean;
  followedByTacitRenewal: boolean;
  /** A renewal (tacit, express or after evaluation) may follow this term. */
  mayBeRenewed: boolean;
}
