import { VisibilityScope } from '@passerelle/domain';

export interface SearchResults {
  conventions: Array<{ id: string; reference: string; title: string }>;
  parties: Array<{ conventionId: string; reference: string; name: string; country: string }>;
  meetings: Array<{
    id: string;
    conventionId: string;
    reference: string;
    heldOn: string;
    city: string;
    hostParty: string;
  }>;
}

/** The header's search: conventions, parties and committee meetings, every word matched somewhere. */
export abstract class SearchReadModel {
  abstract search(words: string[], scope: VisibilityScope, limit: number): Promise<SearchResults>;
}
