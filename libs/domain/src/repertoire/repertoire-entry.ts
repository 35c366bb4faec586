import { PartyLevel } from '../conventions/convention';

/** A line of the source, 1-based as an editor shows it, and its text trimmed. */
export interface SourceLine {
  line: number;
  text: string;
}

export interface EntryParty {
  /** The party's name in the convention document ("Aix-en-Provence", "Conseil régional de l'Oriental"). */
  name: string;
  country: 'FR' | 'MA';
  level: PartyLevel;
  /** The heading it was read from. */
  heading: SourceLine;
}

export interface Representative {
  name: string;
  title: string;
  population: number | null;
  source: SourceLine;
}

/** One entry of the 2008 directory: a French side and a Moroccan side with everything said of them. */
export interface RepertoireEntry {
  lineFrom: number;
  lineTo: number;
  french: EntryParty[];
  moroccan: EntryParty[];
  representatives: Representative[];
  /** Lines shared by a group of entries (Marseille's four partnerships). */
  sharedLines: SourceLine[];
  lines: SourceLine[];
}

/** "AUTRES PARTENARIATS RÉPERTORIÉS": a pair and one line about it. */
export interface OtherPartnership {
  french: string;
  moroccan: string;
  heading: SourceLine;
  details: SourceLine[];
}

export interface RepertoireProblem {
  line: number;
  field: string;
  message: string;
}
