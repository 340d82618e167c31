import { getMetadataStorage, ValidationError } from 'class-validator';
import { BadUserInputError, FieldError, FieldRule } from '../errors/domain-errors';

// The rules whose first argument is the number a client may show ("at least 3 characters").
const LIMITED = new Set(['minLength', 'maxLength', 'min', 'max', 'arrayMinSize', 'arrayMaxSize']);

/** The arguments a rule was declared with on the class of the object that failed it, if known. */
function argumentsOf(error: ValidationError, constraint: string): unknown[] | undefined {
  const target = error.target as object | undefined;
  if (!target || typeof target !== 'object') return undefined;
  const rules = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return rules.find((rule) => rule.propertyName === error.property && rule.name === constraint)?.constraints as unknown[] | undefined;
}

/**
 * The rule behind one class-validator message: its constraint name and, where it has one, its
 * number. A length range (`@Length(3, 200)`) is named after the end that was crossed, as
 * minLength 3 or maxLength 200, so a client need not read the message to know which.
 */
export function ruleOf(error: ValidationError, constraint: string): FieldRule {
  const args = argumentsOf(error, constraint);
  if (constraint === 'isLength' && args && typeof error.value === 'string') {
    const [min, max] = args as [number, number | undefined];
    const length = [...error.value].length;
    if (typeof min === 'number' && length < min) return { constraint: 'minLength', limit: min };
    if (typeof max === 'number' && length > max) return { constraint: 'maxLength', limit: max };
  }
  const limit = LIMITED.has(constraint) && typeof args?.[0] === 'number' ? args[0] : undefined;
  return limit === undefined ? { constraint } : { constraint, limit };
}

/** class-validator's nested errors as a flat list of field paths, messages and rules. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, message, ...ruleOf(error, constraint) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function badUserInputFromValidation(errors: ValidationError[]): BadUserInputError {
  return BadUserInputError.fields(flattenValidationErrors(errors));
}
