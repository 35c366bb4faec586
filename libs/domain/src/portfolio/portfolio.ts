/**
 * What a partnership holds beyond its convention document (CONTRACT §3): projects with their
 * budget lines, dated history, contacts and each party's profile. Issue 17.
 */

export type ProjectStatus = 'planned' | 'in_progress' | 'done';
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['planned', 'in_progress', 'done'];

/** Who puts the money in: a party of the convention, or a co-financer that is not one (PAD, MAE, AFD…). */
export type ContributorKind = 'party' | 'cofinancer';
/** `in_kind`: « valorisé »; `mixed`: both, `inKindAmount` saying how much when stated. */
export type ContributionNature = 'cash' | 'in_kind' | 'mixed';
/** `contribution`: money brought in; `total`: the project's stated cost; `expense`: a cost item. */
export type BudgetLineRole = 'contribution' | 'total' | 'expense';

export interface BudgetLine {
  role: BudgetLineRole;
  /** Null for a co-financing stated without an amount ("Cofinancement PAD"). */
  amount: number | null;
  currency: string | null;
  /** The contributor as the source names it, or the cost item's label. */
  contributor: string | null;
  contributorKind: ContributorKind | null;
  nature: ContributionNature | null;
  inKindAmount?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  /** The words the line came from. */
  words?: string | null;
  line?: number | null;
}

export interface Project {
  title: string;
  status: ProjectStatus;
  /** The period as written ("débuté le 9 juillet 2007 - 24 mois"). */
  period?: string | null;
  startsOn?: ImpreciseDate | null;
  endsOn?: ImpreciseDate | null;
  objectives?: string | null;
  projectOwner?: string | null;
  beneficiaries?: string | null;
  domains: string[];
  budgetLines: BudgetLine[];
  lineFrom?: number | null;
  lineTo?: number | null;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/**
 * A date as precise as its source: `value` is YYYY-MM-DD (day), YYYY-MM (month), YYYY-spring …
 * YYYY-winter (season) or YYYY (year). Only a `day` date may set a §3 field.
 */
export interface ImpreciseDate {
  value: string;
  precision: DatePrecision;
}

export type HistoryEventKind =
  | 'signed'
  | 'deliberated'
  | 'renewed'
  | 'amended'
  | 'suspended'
  | 'ended'
  | 'other';
export const HISTORY_EVENT_KINDS: readonly HistoryEventKind[] = [
  'signed',
  'deliberated',
  'renewed',
  'amended',
  'suspended',
  'ended',
  'other',
];

export interface HistoryEvent {
  kind: HistoryEventKind;
  /** Null when the source states the event without a date ("aujourd'hui suspendue"). */
  date: ImpreciseDate | null;
  /** The party it concerns, when the source says so. */
  party?: string | null;
  /** The words it came from, verbatim. */
  words: string;
  line?: number | null;
}

export type ContactRole = 'elected' | 'agent' | 'office';
export const CONTACT_ROLES: readonly ContactRole[] = ['elected', 'agent', 'office'];

export interface Contact {
  /** The party's `name` in the convention document. */
  party: string;
  role: ContactRole;
  name?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  /** The source's date (YYYY-MM or YYYY-MM-DD): a contact is only true as of then. */
  asOf?: string | null;
  line?: number | null;
}

export interface PartyProfile {
  party: string;
  population?: number | null;
  domains: string[];
  line?: number | null;
}

/** A field of the imported record and the lines of the source it was read from. */
export interface FieldSource {
  field: string;
  lineFrom: number;
  lineTo: number;
  quote?: string | null;
}

/** How the source states the partnership, beyond what the §3 status derives from dates. */
export type PartnershipState = 'agreement' | 'no_agreement' | 'informal' | 'suspended' | 'ended';

export interface Portfolio {
  projects: Project[];
  history: HistoryEvent[];
  contacts: Contact[];
  profiles: PartyProfile[];
}
