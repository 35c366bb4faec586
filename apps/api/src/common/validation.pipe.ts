import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { shapeProblems } from '../security/dto-shapes';
import { assertNoControlCharacters, InputProblem } from '../security/input-limits';

export interface FieldError {
  field: string;
  message: string;
}

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** Flattens class-validator's tree into one line per field: `parties[0].country: …`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = childPath(parent, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message:
        constraint === 'whitelistValidation'
          ? `${field} is not a known field`
          : message.replace(new RegExp(`^${error.property}\\b`), field),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function badRequest(fields: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: fields.map((field) => field.message).join('; '),
    fields,
  });
}

/** class-validator, after the checks it cannot make (control characters, null, arrays for objects). */
class HardenedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      assertNoControlCharacters(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    } catch (error) {
      if (error instanceof InputProblem) throw badRequest([{ field: error.field, message: error.message }]);
      throw error;
    }
    const metatype = metadata.metatype as (new () => unknown) | undefined;
    if (metatype && metadata.type !== 'custom' && typeof metatype === 'function') {
      const problems = shapeProblems(metatype, value);
      if (problems.length) throw badRequest(problems);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new HardenedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badRequest(flattenValidationErrors(errors)),
  });
}
