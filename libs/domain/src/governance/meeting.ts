import { IsoDate } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { Party } from '../conventions/convention';
import { DecisionRule } from '../clauses/clauses';
import { PartyVote } from './decision-outcome';
import { findPartyName } from './party-name';

export interface AgendaItem {
  title: string;
  description?: string | null;
}

export interface Attendee {
  party: string;
  name: string;
  role?: string | null;
}

/** Réunion du comité de pilotage. */
export interface Meeting {
  id: string;
  conventionId: string;
  heldOn: IsoDate;
  city: string;
  country: string;
  hostParty: string;
  convenedBy: string | null;
  agenda: AgendaItem[];
  attendees: Attendee[];
  createdBy: string | null;
  createdAt: string;
}

/** A decision of the committee and each party's vote. */
export interface Decision {
  id: string;
  meetingId: string;
  subject: string;
  /** Index in the meeting's agenda, when the decision answers an item of it. */
  agendaItem: number | null;
  rule: DecisionRule;
  adopted: boolean;
  blockedBy: string[];
  votes: PartyVote[];
  createdBy: string | null;
  createdAt: string;
}

/** The party named `name` as the document writes it; a 400 naming `field` when it is not a party. */
export function partyOf(parties: Party[], name: string, field: string): string {
  const party = findPartyName(parties, name);
  if (!party)
    throw new DomainError('invalid_input', `${field}: "${name}" is not a party of the convention`, field);
  return party;
}

/** Attendees sit for a party of the convention (names as in the document). */
export function normaliseAttendees(parties: Party[], attendees: Attendee[]): Attendee[] {
  return attendees.map((attendee, index) => ({
    party: partyOf(parties, attendee.party, `attendees[${index}].party`),
    name: attendee.name.trim(),
    role: attendee.role ?? null,
  }));
}

/** One meeting a day: the same meeting logged again is a retry, a different one a conflict. */
export function sameMeeting(
  existing: Pick<Meeting, 'city' | 'hostParty' | 'country'>,
  logged: Pick<Meeting, 'city' | 'hostParty' | 'country'>,
): boolean {
  return (
    existing.city === logged.city.trim() &&
    existing.hostParty === logged.hostParty &&
    existing.country === logged.country
  );
}
