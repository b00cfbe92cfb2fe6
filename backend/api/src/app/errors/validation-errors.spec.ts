import { ValidationError as ClassValidatorError } from 'class-validator';
import { ValidationError } from '@balss/util-errors';
import { flattenValidationErrors, toRequestValidationError } from './validation-errors';

const error = (property: string, constraints?: Record<string, string>, children: ClassValidatorError[] = []) =>
  Object.assign(new ClassValidatorError(), { property, constraints, children });

describe('request validation errors', () => {
  it('flattens nested errors into dotted field paths', () => {
    const tree = [
      error('email', { isEmail: 'email must be an email' }),
      error('items', undefined, [error('0', undefined, [error('title', { isString: 'title must be a string' })])]),
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { field: 'email', messages: ['email must be an email'] },
      { field: 'items.0.title', messages: ['title must be a string'] },
    ]);
  });

  it('becomes a validation domain error naming the fields, with the list as details', () => {
    const result = toRequestValidationError([
      error('nickname', { whitelistValidation: 'property nickname should not exist' }),
      error('email', { isEmail: 'email must be an email' }),
    ]);
    expect(result).toBeInstanceOf(ValidationError);
    expect(result.message).toBe('The request has 2 invalid fields: nickname, email.');
    expect(result.details).toHaveLength(2);
  });
});
