import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * A finite number with at most two decimals. class-validator's IsNumber({maxDecimalPlaces}) throws
 * on numbers JavaScript writes in exponent form (3e-323), which made a 500 of a bad amount.
 */
export function IsAmount(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAmount',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a number with at most two decimals', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value,
      },
    });
}
