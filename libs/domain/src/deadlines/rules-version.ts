/**
 * The version of the deadline rules. Bump it with any change that alters the deadlines computed
 * from the same clauses: at the next start, every convention's stored deadlines are rebuilt.
 * 2: prefecture_review deadlines, the after_approvals term start (issue 18).
 * 3: the organizations' own apd_declaration deadlines are stored (organization_deadlines).
 */
export const DEADLINE_RULES_VERSION = 3;
