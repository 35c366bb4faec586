import { Clauses } from '../clauses/clauses';

export type Instrument =
  | 'convention_cadre'
  | 'convention_partenariat'
  | 'accord_cooperation'
  | 'protocole'
  | 'jumelage'
  | 'charte'
  | 'pacte_amitie'
  | 'other';
export const INSTRUMENTS: readonly Instrument[] = [
  'convention_cadre',
  'convention_partenariat',
  'accord_cooperation',
  'protocole',
  'jumelage',
  'charte',
  'pacte_amitie',
  'other',
];

export type PartyLevel =
  'commune' | 'intercommunalite' | 'departement' | 'region' | 'province' | 'prefecture' | 'state' | 'other';
/** `state`: a State or one of its ministries (CGCT L1115-5 forbids a convention with a foreign one). */
export const PARTY_LEVELS: readonly PartyLevel[] = [
  'commune',
  'intercommunalite',
  'departement',
  'region',
  'province',
  'prefecture',
  'state',
  'other',
];

/** Who gives a Moroccan party's visa (organic laws 113-14 art. 118, 112-14 art. 109, 111-14 art. 115). */
export type VisaAuthority = 'governor' | 'interior_ministry' | 'other';
export const VISA_AUTHORITIES: readonly VisaAuthority[] = ['governor', 'interior_ministry', 'other'];

export type ConventionStatus = 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
export const CONVENTION_STATUSES: readonly ConventionStatus[] = [
  'draft',
  'awaiting_signatures',
  'in_force',
  'expired',
  'terminated',
];

/** Dates are ISO calendar dates (YYYY-MM-DD) in the convention's time zone. */
export interface Party {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  organizationId?: string | null;
  level?: PartyLevel | null;
  representative?: string | null;
  representativeTitle?: string | null;
  /** Délibération du conseil. */
  deliberationOn?: string | null;
  signedOn?: string | null;
  /** Accusé de réception de la préfecture (contrôle de légalité). */
  prefectureTransmissionOn?: string | null;
  /** French party: the @ctes acknowledgment number of that transmission. */
  prefectureReceiptNumber?: string | null;
  /** Moroccan party: the supervisory authority's visa (visa de l'autorité de tutelle). */
  visaOn?: string | null;
  visaAuthority?: VisaAuthority | null;
}

export interface FinancialCommitment {
  party: string;
  amount: number;
  currency: string;
  year?: number | null;
  note?: string | null;
}

/** The convention document of docs/data-model.md, without the derived `status` and stored `id`. */
export interface ConventionDocument {
  reference: string;
  title: string;
  instrument: Instrument;
  language?: string;
  object?: string | null;
  /** IANA zone the convention's dates are read in; defaults to TZ_DEFAULT. */
  timeZone?: string;
  financialCommitments?: FinancialCommitment[];
  effectiveOn?: string | null;
  /** Recorded termination: that day is the last day in force. */
  terminatedOn?: string | null;
  parties: Party[];
  clauses: Clauses;
}
