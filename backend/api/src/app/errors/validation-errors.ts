import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { FieldError } from '@balss/contracts';
import { ValidationError } from '@balss/util-errors';

/**
 * The ValidationPipe's exceptionFactory: class-validator's nested tree becomes a flat FieldError list
 * with dotted paths (`items.0.title`), so a form can put each message next to its field.
 */
export function toRequestValidationError(errors: ClassValidatorError[]): ValidationError {
  const fields = flattenValidationErrors(errors);
  const names = [...new Set(fields.map((f) => f.field))];
  return new ValidationError(
    `The request has ${names.length === 1 ? 'an invalid field' : `${names.length} invalid fields`}: ${names.join(', ')}.`,
    { details: fields },
  );
}

export function flattenValidationErrors(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
