/** What every clause's fields receive: the clause, a change to some of its fields, the API's errors. */
export interface ClauseFieldsProps<C> {
  clause: C;
  onPatch(patch: Partial<C>): void;
  /** The API's message about a field of this clause (`startDate`), whatever the prefix. */
  error(field: string): string | null;
}
