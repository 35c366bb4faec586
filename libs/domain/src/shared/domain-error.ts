export type DomainErrorCode =
  'invalid_input' | 'not_found' | 'conflict' | 'forbidden' | 'unprocessable' | 'unauthenticated';

/** A rule of the domain was broken; `field` names the offending input, when there is one. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
