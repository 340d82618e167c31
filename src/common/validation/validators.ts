import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isMunicipalityCode, isThemeCode } from '../../reference-data/reference-data';

function define(
  name: string,
  validate: (value: unknown, args: ValidationArguments) => boolean,
  defaultMessage: (args: ValidationArguments) => string,
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: { validate, defaultMessage },
    });
}

// With { each: true } class-validator hands the whole list to the message: name only the bad
// entries, and say "is not a …" of one and "are not …s" of several.
const notA = (value: unknown, isValid: (entry: unknown) => boolean, what: { one: string; many: string }) => {
  const invalid = (Array.isArray(value) ? value.filter((entry) => !isValid(entry)) : [value]).map(String);
  return invalid.length > 1 ? `${invalid.join(', ')} are not ${what.many}` : `${invalid.join(', ')} is not ${what.one}`;
};

/** A code from the project's municipality list, e.g. "052". */
export const IsMunicipalityCode = (options?: ValidationOptions) =>
  define(
    'isMunicipalityCode',
    (value) => isMunicipalityCode(value),
    (args) => `${notA(args.value, isMunicipalityCode, { one: 'a municipality code', many: 'municipality codes' })} (3 digits from the municipalities query)`,
    options,
  );

/** A code from the theme taxonomy, e.g. "SOCIAL_ELDERLY". */
export const IsThemeCode = (options?: ValidationOptions) =>
  define(
    'isThemeCode',
    (value) => isThemeCode(value),
    (args) => `${notA(args.value, isThemeCode, { one: 'a theme code', many: 'theme codes' })} (see the themes query)`,
    options,
  );

/**
 * The `context` of a rule that the feature's service checks again, with what only it knows
 * (the clock, the stored row): a posting's dates, whose order it checks with isNotPast. When
 * an input breaks no other rule, InputValidationPipe leaves such a rule to the service, so that
 * one answer names every problem of the dates (an end before the start and already past); with
 * other broken rules it is named among them, and so is what the service checks with the clock
 * (a day already past: see ServiceChecks).
 */
export const CHECKED_AGAIN_BY_SERVICE = { checkedAgainByService: true } as const;

/** Whether class-validator's error of `constraint` comes from a rule marked CHECKED_AGAIN_BY_SERVICE. */
export const isCheckedAgainByService = (contexts: Record<string, unknown> | undefined, constraint: string): boolean =>
  (contexts?.[constraint] as Partial<typeof CHECKED_AGAIN_BY_SERVICE> | undefined)?.checkedAgainByService === true;

/** A date (yyyy-mm-dd) that is not before another date of the same input, when both are set. */
export const IsNotBefore = (otherProperty: string, options?: ValidationOptions) =>
  define(
    'isNotBefore',
    (value, args) => {
      const other = (args.object as Record<string, unknown>)[otherProperty];
      if (value == null || other == null) return true;
      return toDay(value) >= toDay(other);
    },
    (args) => `must not be before ${otherProperty}`,
    options,
  );

const toDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Davčna številka: 8 digits, the last a mod-11 check digit over the first seven (weights 8..2). */
export function isSlovenianTaxNumber(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[1-9]\d{7}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 7).reduce((total, digit, index) => total + digit * (8 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return false;
  return (check === 10 ? 0 : check) === digits[7];
}

export const IsSlovenianTaxNumber = (options?: ValidationOptions) =>
  define(
    'isSlovenianTaxNumber',
    (value) => isSlovenianTaxNumber(value),
    () => 'must be a Slovenian tax number: 8 digits with a valid mod-11 check digit',
    options,
  );

/** Matična številka: 7 digits, or 10 for a unit of an organization. */
export const IsSlovenianRegistrationNumber = (options?: ValidationOptions) =>
  define(
    'isSlovenianRegistrationNumber',
    (value) => typeof value === 'string' && /^(\d{7}|\d{10})$/.test(value),
    () => 'must be a Slovenian registration number: 7 or 10 digits',
    options,
  );

// C0 and C1 control characters (CR, LF and TAB among them), DEL, and the Unicode line and
// paragraph separators: none belongs in a name or a title, and in one they start a new line
// of an e-mail's subject or body, or of a list a person reads (a name that looks like a notice).
// Nor the bidirectional overrides and isolates (U+202A-202E, U+2066-2069), which show a text
// in another order than it is written: "Občina" spelled backwards behind one reads as another name.
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Whether a text is one line: no line breaks, tabs, other control characters or invisible direction marks. */
export const isSingleLine = (value: unknown): boolean => typeof value !== 'string' || !CONTROL_CHARACTER.test(value);

/**
 * One line of text (names, titles): no line breaks, tabs, other control characters or invisible
 * direction marks (the overrides and isolates: the message names them, or a refused title that
 * looks fine would leave its sender guessing). Multi-line texts (descriptions) do not use it.
 */
export const IsSingleLine = (options?: ValidationOptions) =>
  define(
    'isSingleLine',
    (value) => isSingleLine(value),
    () => 'must be one line of text, without line breaks, tabs, other control characters or invisible direction marks (U+202A-202E, U+2066-2069)',
    options,
  );

/**
 * An absolute URL (scheme and host), as the WHATWG parser reads it: what the webhook URL policy
 * checks first, checked with the other fields so that one answer names every field wrong.
 */
export const IsAbsoluteUrl = (options?: ValidationOptions) =>
  define('isUrl', (value) => typeof value === 'string' && URL.canParse(value), () => 'must be an absolute URL, e.g. https://partner.example/webhooks', options);
