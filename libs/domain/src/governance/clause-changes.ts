import { CLAUSE_KINDS, ClauseKind, Clauses } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { validateConvention } from '../conventions/validate-convention';
import { FieldProblem } from '../shared/domain-error';
import { IsoDate } from '../shared/calendar-date';

/**
 * What an avenant changes: a partial `clauses` object (docs/data-model.md#the-convention-document). A clause given merges field
 * by field into the clause in force (a field set to null clears it); a clause set to null is removed.
 */
export type ClauseChanges = { [K in ClauseKind]?: Partial<NonNullable<Clauses[K]>> | null };

/** An amendment that entered into force, and from which day its changes apply. */
export interface AmendmentInForce {
  id: string;
  inForceOn: IsoDate;
  changes: ClauseChanges;
}

export function applyClauseChanges(clauses: Clauses, changes: ClauseChanges): Clauses {
  const result: Record<string, unknown> = { ...clauses };
  for (const kind of CLAUSE_KINDS) {
    const change = changes[kind];
    if (change === undefined) continue;
    if (change === null) delete result[kind];
    else result[kind] = { ...(clauses[kind] ?? {}), ...change };
  }
  return result;
}

/** Amendments by date of entry into force; those of the same day in the order given. */
export function inForceOrder(amendments: readonly AmendmentInForce[]): AmendmentInForce[] {
  return amendments
    .map((amendment, index) => ({ amendment, index }))
    .sort((a, b) =>
      a.amendment.inForceOn === b.amendment.inForceOn
        ? a.index - b.index
        : a.amendment.inForceOn < b.amendment.inForceOn
          ? -1
          : 1,
    )
    .map(({ amendment }) => amendment);
}

/** The clauses in force on `day`: the signed ones with every amendment in force by then applied. */
export function clausesInForceOn(
  doc: Pick<ConventionDocument, 'clauses'>,
  amendments: readonly AmendmentInForce[],
  day: IsoDate,
): Clauses {
  return inForceOrder(amendments)
    .filter((amendment) => amendment.inForceOn <= day)
    .reduce((clauses, amendment) => applyClauseChanges(clauses, amendment.changes), doc.clauses);
}

/**
 * The document as its amendments in force have made it, every one applied: its term (and so its
 * end and its status) is the amended one.
 */
export function amendedDocument<T extends Pick<ConventionDocument, 'clauses'>>(
  doc: T,
  amendments: readonly AmendmentInForce[],
): T {
  return amendments.length ? { ...doc, clauses: clausesInForceOn(doc, amendments, '9999-12-31') } : doc;
}

/** Fields a clause cannot do without once merged (the shapes of docs/data-model.md). */
const REQUIRED_FIELDS: { [K in ClauseKind]?: string[] } = {
  term: ['start'],
  renewal: ['mode'],
  actionPlan: ['deadlineMonth', 'deadlineDay'],
  amendment: ['rule'],
};

/**
 * Problems of the convention as it would read once the changes apply, each naming its field
 * under `changes.` (the clauses' own shapes and types are checked at the edge).
 */
export function validateClauseChanges(doc: ConventionDocument, changes: ClauseChanges): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const given = CLAUSE_KINDS.filter((kind) => changes[kind] !== undefined);
  if (given.length === 0)
    problems.push({ field: 'changes', message: 'an amendment must change at least one clause' });
  const merged = applyClauseChanges(doc.clauses, changes);
  for (const kind of given) {
    const clause = merged[kind] as Record<string, unknown> | undefined;
    if (!clause) continue;
    for (const field of REQUIRED_FIELDS[kind] ?? []) {
      if (clause[field] === undefined || clause[field] === null) {
        problems.push({
          field: `changes.${kind}.${field}`,
          message: `required: the convention has no ${kind} clause to amend`,
        });
      }
    }
  }
  for (const problem of validateConvention({ ...doc, clauses: merged })) {
    if (problem.field.startsWith('clauses'))
      problems.push({ ...problem, field: problem.field.replace(/^clauses/, 'changes') });
  }
  return problems;
}
