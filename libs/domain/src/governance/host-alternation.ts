import { Party } from '../conventions/convention';
import { IsoDate } from '../shared/calendar-date';
import { findPartyName } from './party-name';

/** Where and by whom a committee meeting was held. */
export interface MeetingVenue {
  id: string;
  heldOn: IsoDate;
  hostParty: string;
  /** ISO 3166-1 alpha-2 of the place. */
  country: string;
}

export interface HostAlternationBreak {
  meetingId: string;
  heldOn: IsoDate;
  previousMeetingId: string;
  previousHeldOn: IsoDate;
  /** The country (or, when every party is in one country, the party) that hosted both. */
  repeated: string;
}

const upper = (value: string) => value.trim().toUpperCase();

/**
 * Réunions alternées: consecutive meetings (by date) must change side. When the parties span
 * several countries, a side is a country, and a meeting repeats the previous one's side if it has
 * the same host party's country or the same place country; otherwise a side is the host party.
 */
export function hostAlternationBreaks(
  meetings: readonly MeetingVenue[],
  parties: ReadonlyArray<Pick<Party, 'name' | 'country'>>,
): HostAlternationBreak[] {
  const countries = new Set(parties.map((party) => upper(party.country)));
  const byCountry = countries.size > 1;
  const countryOf = (hostParty: string) => {
    const name = findPartyName(parties, hostParty);
    const party = parties.find((candidate) => candidate.name === name);
    return party ? upper(party.country) : null;
  };
  const sorted = [...meetings].sort((a, b) =>
    a.heldOn === b.heldOn ? a.id.localeCompare(b.id) : a.heldOn < b.heldOn ? -1 : 1,
  );
  const breaks: HostAlternationBreak[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const [previous, meeting] = [sorted[i - 1], sorted[i]];
    let repeated: string | null = null;
    if (byCountry) {
      const hostCountry = countryOf(meeting.hostParty);
      if (hostCountry && hostCountry === countryOf(previous.hostParty)) repeated = hostCountry;
      else if (upper(meeting.country) === upper(previous.country)) repeated = upper(meeting.country);
    } else if (findPartyName(parties, meeting.hostParty) === findPartyName(parties, previous.hostParty)) {
      repeated = findPartyName(parties, meeting.hostParty) ?? meeting.hostParty;
    }
    if (repeated) {
      breaks.push({
        meetingId: meeting.id,
        heldOn: meeting.heldOn,
        previousMeetingId: previous.id,
        previousHeldOn: previous.heldOn,
        repeated,
      });
    }
  }
  return breaks;
}
