import { ConventionDocument, DomainError, validateConvention } from '@passerelle/domain';

export function assertValidConvention(doc: ConventionDocument): void {
  const problems = validateConvention(doc);
  if (problems.length > 0) {
    const error = new DomainError(
      'invalid_input',
      problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
      problems[0].field,
    );
    throw Object.assign(error, { problems });
  }
}
