export type DomainErrorCode =
  'invalid_input' | 'not_found' | 'conflict' | 'forbidden' | 'unprocessable' | 'unauthenticated';

/** One invalid field of an input, named as the client sent it (`parties[1].signedOn`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A rule of the domain was broken; `field` names the offending input, when there is one, and
 * `problems` lists every invalid field when several were checked at once (docs/api.md#errors).
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    readonly problems?: readonly FieldProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** Every problem at once: the message lists them, `field` is the first one's. */
  static invalidInput(problems: readonly FieldProblem[]): DomainError {
    return new DomainError(
      'invalid_input',
      problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
      problems[0]?.field,
      problems,
    );
  }
}
