import { ConventionDocument } from './convention';

/** A convention as kept by Passerelle: the document plus its identity and bookkeeping. */
export interface StoredConvention extends ConventionDocument {
  id: string;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
}
