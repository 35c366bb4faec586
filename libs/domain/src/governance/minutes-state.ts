import { IsoDate, maxIsoDate } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { findName } from './party-name';

/** A procès-verbal (docs/api.md) is a draft, then circulated for signature, then executory. */
export type MinutesStatus = 'draft' | 'awaiting_signatures' | 'executory';
export const MINUTES_STATUSES: readonly MinutesStatus[] = ['draft', 'awaiting_signatures', 'executory'];

export interface MinutesSignature {
  signatory: string;
  signedOn: IsoDate;
}

/** What is recorded about one version of the minutes. */
export interface MinutesState {
  circulatedOn: IsoDate | null;
  signatures: MinutesSignature[];
}

export interface MinutesStanding {
  status: MinutesStatus;
  /** The date of the last signature once every required signatory has signed. */
  executoryOn: IsoDate | null;
  /** Required signatories who have not signed yet. */
  missing: string[];
}

/**
 * draft → awaiting_signatures (circulated, or a first signature) → executory on the date of the
 * last required signature. Minutes the committee clause asks no signature of are executory on the
 * day they are circulated.
 */
export function minutesStanding(state: MinutesState, required: readonly string[]): MinutesStanding {
  const signed = new Set(state.signatures.map((signature) => signature.signatory));
  const missing = required.filter((signatory) => !signed.has(signatory));
  if (!state.circulatedOn && state.signatures.length === 0)
    return { status: 'draft', executoryOn: null, missing };
  if (missing.length > 0) return { status: 'awaiting_signatures', executoryOn: null, missing };
  const dates = state.signatures.filter((s) => required.includes(s.signatory)).map((s) => s.signedOn);
  const executoryOn = dates.length ? dates.reduce(maxIsoDate) : state.circulatedOn;
  return { status: 'executory', executoryOn, missing };
}

/** Circulating twice keeps the first date. */
export function circulateMinutes(state: MinutesState, on: IsoDate): MinutesState {
  return state.circulatedOn ? state : { ...state, circulatedOn: on };
}

export interface SignatureContext {
  /** The committee clause's minutesSignatories in force on the meeting's date. */
  required: readonly string[];
  heldOn: IsoDate;
  today: IsoDate;
}

/**
 * Adds a signature. The signatory must be one the clause names (400 naming `signatory`); a
 * signature is not before the meeting nor in the future (400 naming `on`). The same signatory
 * again on the same day changes nothing (a client retry); on another day it is a 409.
 */
export function signMinutes(
  state: MinutesState,
  signatory: string,
  on: IsoDate,
  context: SignatureContext,
): { state: MinutesState; signatory: string; changed: boolean } {
  const name = findName(context.required, signatory);
  if (!name) {
    const allowed = context.required.length
      ? context.required.map((s) => `"${s}"`).join(', ')
      : 'none (the committee clause names no signatory)';
    throw new DomainError('invalid_input', `signatory: must be one of ${allowed}`, 'signatory');
  }
  if (on < context.heldOn)
    throw new DomainError('invalid_input', 'on: a signature cannot precede the meeting', 'on');
  if (on > context.today) throw new DomainError('invalid_input', 'on: cannot be in the future', 'on');
  const existing = state.signatures.find((signature) => signature.signatory === name);
  if (existing) {
    if (existing.signedOn === on) return { state, signatory: name, changed: false };
    throw new DomainError(
      'conflict',
      `signatory: "${name}" already signed on ${existing.signedOn}`,
      'signatory',
    );
  }
  return {
    state: {
      // Signing a draft means it was circulated: no later than this signature.
      circulatedOn: state.circulatedOn && state.circulatedOn <= on ? state.circulatedOn : on,
      signatures: [...state.signatures, { signatory: name, signedOn: on }],
    },
    signatory: name,
    changed: true,
  };
}

/** A draft is corrected in place; circulated or signed minutes are locked: a correction is a new version. */
export function minutesRevision(status: MinutesStatus): 'edit_in_place' | 'new_version' {
  return status === 'draft' ? 'edit_in_place' : 'new_version';
}
