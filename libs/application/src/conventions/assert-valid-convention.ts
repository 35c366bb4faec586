import { ConventionDocument, DomainError, validateConvention } from '@passerelle/domain';

export function assertValidConvention(doc: ConventionDocument): void {
  const problems = validateConvention(doc);
  if (problems.length > 0) throw DomainError.invalidInput(problems);
}
