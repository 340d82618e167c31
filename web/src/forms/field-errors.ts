import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

export type FieldErrors = Record<string, string>;

/**
 * One entry of the API's `extensions.fields` (README.md, "Bad input"): of BAD_USER_INPUT, or of a
 * CONFLICT over a value another item already has (constraint isUnique, e.g. a tax number).
 */
export interface ApiFieldError {
  field: string;
  message: string;
  /** The rule that failed: a class-validator constraint name (minLength...) or the API's own (isNotBefore...). */
  constraint?: string;
  /** The rule's number, e.g. 3 for minLength 3. */
  limit?: number;
  /** Which part of the rule failed, where it has parts (isAllowedUrl: HTTPS_ONLY, HTTP_OR_HTTPS, CREDENTIALS...). */
  reason?: string;
}

// The date each date may not be before, for "»Do« ne sme biti pred »Od«." (labels in "form").
const NOT_BEFORE: Record<string, string> = { endsOn: 'startsOn', availableUntil: 'availableFrom' };
// A need's end may not be before its deadline for answers either: the API's message names the
// date ("must not be before respondBy"), and an end before both gets one entry for each.
const DATES = new Set(['startsOn', 'endsOn', 'respondBy', 'availableFrom', 'availableUntil']);
const NOT_BEFORE_MESSAGE = /^must not be before (\w+)$/;

/** The date an isNotBefore error's field may not precede: the one its message names, else the usual one. */
function earlierDate(name: string, message: string): string | undefined {
  const named = NOT_BEFORE_MESSAGE.exec(message)?.[1];
  return named && DATES.has(named) ? named : NOT_BEFORE[name];
}

/**
 * One field error in the reader's language, from the rule the API names: a wording for this
 * field and rule first (the phone's pattern), then one for the rule, for the part of it that
 * failed where the API names one (`fieldError.isAllowedUrl_HTTP_OR_HTTPS`: a webhook address
 * outside production needs no https), else the API's own message, so a rule the app does not
 * know yet still says something.
 */
export function fieldErrorMessage(t: TFunction, name: string, { message, constraint, limit, reason }: ApiFieldError): string {
  if (!constraint) return message;
  // A length of at least 1 is a required text: "fill this in", not "at least 1 character".
  const rule = constraint === 'minLength' && limit === 1 ? 'isNotEmpty' : constraint;
  const earlier = rule === 'isNotBefore' ? earlierDate(name, message) : undefined;
  const general = earlier
    ? t('fieldError.isNotBeforeNamed', { field: t(`form.${name}`), other: t(`form.${earlier}`) })
    : t(`fieldError.${rule}`, { context: reason, ...(limit === undefined ? { defaultValue: message } : { count: limit, defaultValue: message }) });
  return t(`fieldError.byField.${name}.${rule}`, { defaultValue: general });
}

// A CONFLICT that names fields is about a value of the input (one another item already has):
// the reader corrects it in that field, as a BAD_USER_INPUT's. One without fields is not.
const namesFields = (extensions: Record<string, unknown> | undefined): boolean =>
  extensions?.code === 'BAD_USER_INPUT' || (extensions?.code === 'CONFLICT' && Array.isArray(extensions.fields) && extensions.fields.length > 0);

/**
 * The API's `extensions.fields` (of BAD_USER_INPUT, or of a CONFLICT that names them) by input
 * name: "themeCodes.1" belongs to the themeCodes input, each worded in the reader's language by
 * its rule (fieldErrorMessage). Null when the error is something else.
 */
export function fieldErrorsOf(error: unknown, t: TFunction): FieldErrors | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const bad = error.errors.filter((entry) => namesFields(entry.extensions));
  if (!bad.length) return null;
  const fields: FieldErrors = {};
  for (const entry of bad) {
    const listed = (entry.extensions?.fields as ApiFieldError[] | undefined) ?? [];
    for (const listedError of listed) {
      const name = listedError.field.replace(/^input\./, '').split('.')[0];
      const message = fieldErrorMessage(t, name, listedError);
      // Two rules of one field may read the same once worded (themeCodes.1 and themeCodes.3).
      if (fields[name]?.includes(message)) continue;
      fields[name] = fields[name] ? `${fields[name]} ${message}` : message;
    }
    if (!listed.length) fields._form = entry.message;
  }
  return fields;
}
