/**
 * The version of the deadline rules. Bump it with any change that alters the deadlines computed
 * from the same clauses: at the next start, every convention's stored deadlines are rebuilt.
 */
export const DEADLINE_RULES_VERSION = 1;
