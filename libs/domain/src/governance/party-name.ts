import { Party } from '../conventions/convention';

const normalise = (name: string) => name.trim().toLowerCase();

/**
 * The party of the convention named `name` (docs/data-model.md: a party is its `name`), ignoring case and
 * surrounding spaces as the document's own uniqueness rule does; null when none is.
 */
export function findPartyName(parties: ReadonlyArray<Pick<Party, 'name'>>, name: string): string | null {
  const wanted = normalise(name);
  return parties.find((party) => normalise(party.name) === wanted)?.name ?? null;
}

/** Same matching for a list of names such as the committee's minutes signatories. */
export function findName(names: readonly string[], name: string): string | null {
  const wanted = normalise(name);
  return names.find((candidate) => normalise(candidate) === wanted) ?? null;
}
