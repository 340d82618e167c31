import { ValidationError } from 'class-validator';
import { BadUserInputError, FieldError } from '../errors/domain-errors';

/** class-validator's nested errors as a flat list of field paths and messages. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function badUserInputFromValidation(errors: ValidationError[]): BadUserInputError {
  const fields = flattenValidationErrors(errors);
  const summary = fields.map((error) => `${error.field}: ${error.message}`).join('; ');
  return new BadUserInputError(`Invalid input. ${summary}`, fields);
}
