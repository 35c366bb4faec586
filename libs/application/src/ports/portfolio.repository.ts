import {
  Actor,
  Contact,
  FieldSource,
  HistoryEvent,
  NamedOrganization,
  PartnershipState,
  PartyProfile,
  Portfolio,
  Project,
  StoredConvention,
} from '@passerelle/domain';
import { ConventionDerivedColumns, ConventionToStore } from './convention.repository';

/** One convention of an import, written with its portfolio; `existingId` set: it replaces that one. */
export interface PortfolioImportItem {
  key: string;
  source: string;
  contentHash: string;
  existingId: string | null;
  doc: ConventionToStore;
  derived: ConventionDerivedColumns;
  rawInstrument: string | null;
  state: PartnershipState;
  sources: FieldSource[];
  lineFrom: number | null;
  lineTo: number | null;
  /** Null: the convention's portfolio is left as it is (a spreadsheet row holds none). */
  portfolio: Portfolio | null;
}

export interface ImportRecordView {
  source: string;
  key: string;
  rawInstrument: string | null;
  state: PartnershipState;
  sources: FieldSource[];
  lineFrom: number | null;
  lineTo: number | null;
  importedAt: string;
}

export interface PortfolioView extends Portfolio {
  importRecord: ImportRecordView | null;
}

export interface ConventionPartiesRow {
  id: string;
  reference: string;
  parties: Array<{ name: string; country: string }>;
}

export abstract class PortfolioRepository {
  /** Import records by key: which convention each key made, and the hash of what it wrote. */
  abstract findImported(keys: string[]): Promise<Map<string, { conventionId: string; contentHash: string }>>;
  /** Stored conventions by reference (spreadsheet rows are keyed by reference). */
  abstract findByReferences(references: string[]): Promise<Map<string, StoredConvention>>;
  /** Conventions one of whose parties bears one of these names (case ignored), with all their parties. */
  abstract findByPartyNames(names: string[]): Promise<ConventionPartiesRow[]>;
  /** Every organization on the platform (an import links the parties they are, issue 17). */
  abstract organizations(): Promise<NamedOrganization[]>;
  /** Every item in one transaction: all written, or none. */
  abstract importAll(items: PortfolioImportItem[], actor: Actor | null): Promise<void>;
  abstract get(conventionId: string): Promise<PortfolioView>;
  abstract addProject(conventionId: string, project: Project): Promise<void>;
  abstract addHistoryEvent(conventionId: string, event: HistoryEvent): Promise<void>;
  abstract addContact(conventionId: string, contact: Contact): Promise<void>;
  abstract setProfile(conventionId: string, profile: PartyProfile): Promise<void>;
}
