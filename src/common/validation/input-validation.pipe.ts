import { ArgumentMetadata, Injectable, Optional, ValidationPipe } from '@nestjs/common';
import { ValidationError, ValidatorOptions } from 'class-validator';
import { BadUserInputError, FieldError } from '../errors/domain-errors';
import { ServiceChecks } from './service-checks';
import { badUserInputFromValidation, flattenValidationErrors } from './validation-errors';
import { isCheckedAgainByService } from './validators';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in `value` that is not well-formed Unicode (a lone surrogate), or null. */
export function illFormedTextAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = illFormedTextAt(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/** The paths of the strings in `value` with a NUL character (U+0000), which PostgreSQL cannot store in text. */
export function nulTextsAt(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) => nulTextsAt(item, path ? `${path}.${key}` : key));
}

/**
 * A NUL character in a text that no rule of its field refuses (a description, a message, a URL,
 * an externalId), as class-validator's error of that field, so that it is named with the other
 * fields' in one answer rather than by PostgreSQL, with no field named. A field a rule of its
 * own refuses (isSingleLine in a name, isEmail; one of a list's items) is left to that rule,
 * which says what is wrong.
 */
function unstorableTexts(object: object, errors: ValidationError[]): ValidationError[] {
  const refused = flattenValidationErrors(errors).map(({ field }) => field);
  return nulTextsAt(object)
    .filter((path) => !refused.some((field) => path === field || path.startsWith(`${field}.`)))
    .map((path) =>
      Object.assign(new ValidationError(), {
        target: object,
        property: path || 'input',
        constraints: { isWellFormed: 'must not contain a NUL character (U+0000)' },
        children: [],
      }),
    );
}

/** Whether every rule an error (and its nested errors) names is one its service checks again. */
const onlyCheckedAgainByService = (error: ValidationError): boolean =>
  Object.keys(error.constraints ?? {}).every((constraint) => isCheckedAgainByService(error.contexts, constraint)) &&
  (error.children ?? []).every(onlyCheckedAgainByService);

/** The problems a service found in `object` (ServiceChecks), as class-validator's errors of its fields. */
const asValidationErrors = (problems: FieldError[], object: object): ValidationError[] =>
  problems.map(({ field, message, constraint }) =>
    Object.assign(new ValidationError(), {
      target: object,
      property: field,
      value: (object as Record<string, unknown>)[field],
      constraints: { [constraint ?? 'invalid']: message },
      children: [],
    }),
  );

/** A deep copy of a transformed argument: its class instances (same prototypes), arrays, Dates and primitives. */
function copyOf<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * Every argument is checked by its class-validator rules (BAD_USER_INPUT with the failing
 * fields), a NUL character in a text among them (unstorableTexts). First, text that is not
 * well-formed Unicode is refused: JSON lets a client send a lone surrogate ("\ud800"), and some
 * validators (isEmail) throw on it instead of saying no.
 * An argument that breaks only rules marked CHECKED_AGAIN_BY_SERVICE passes: its service names
 * them, with what else only it can check, in one answer. An argument refused here is refused
 * with what its service would refuse too (ServiceChecks: a need's day already past), in one answer.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  /** False: the rules marked CHECKED_AGAIN_BY_SERVICE refuse an argument as any other (EveryRuleValidationPipe). */
  protected readonly leavesRulesToService: boolean = true;

  // Arguments found valid, by class, as JSON (the same page and filter of a list, asked
  // for again and again), with what they were transformed into: validating walks every
  // rule of every field, and Nest's checks around it and class-transformer every nested
  // object, each time otherwise. Every rule here is a pure function of the value (none
  // reads the clock or the database: ServiceChecks, which do, are asked only of a value
  // refused anyway, never kept), so a value valid once stays valid, and transforms
  // the same: each request gets its own copy of the result. Only small values are kept
  // (not the texts of a posting), at most MAX_KNOWN per class.
  private readonly known = new WeakMap<object, Map<string, unknown>>();
  private static readonly MAX_KNOWN = 1000;
  private static readonly MAX_KNOWN_LENGTH = 1024;

  // Optional: a pipe made without Nest (a unit test) names the class-validator rules only.
  constructor(@Optional() private readonly serviceChecks?: ServiceChecks) {
    // `target`: each error keeps the object it was found in (never sent), so that the rule's
    // number (a length, a minimum) can be read from the object's class.
    super({ transform: true, whitelist: true, forbidNonWhitelisted: true, validationError: { target: true }, exceptionFactory: badUserInputFromValidation });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Arguments only: not @Context() or the parent object (typed as interfaces, so Object).
    const isArgument = metadata.type !== 'custom' && metadata.metatype !== undefined && metadata.metatype !== Object;
    const field = isArgument ? illFormedTextAt(value) : null;
    if (field !== null) throw BadUserInputError.field(field || metadata.data || 'input', 'must be valid Unicode text', { constraint: 'isWellFormed' });
    const metatype = metadata.metatype;
    const key = isArgument && metatype && typeof value === 'object' && value !== null && this.toValidate(metadata) ? JSON.stringify(value) : undefined;
    if (key === undefined || key.length > InputValidationPipe.MAX_KNOWN_LENGTH) return super.transform(value, metadata);
    const known = this.known.get(metatype as object);
    const result = known?.get(key);
    if (result !== undefined) return copyOf(result);
    // throws BAD_USER_INPUT when not valid
    const transformed: unknown = await super.transform(value, metadata);
    let valid = known;
    if (!valid) this.known.set(metatype as object, (valid = new Map()));
    if (valid.size >= InputValidationPipe.MAX_KNOWN) valid.clear();
    valid.set(key, copyOf(transformed));
    return transformed;
  }

  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const broken = await super.validate(object, validatorOptions);
    const errors = [...broken, ...unstorableTexts(object, broken)];
    if (this.leavesRulesToService && errors.every(onlyCheckedAgainByService)) return [];
    // Refused anyway: what its service would refuse of it as well, in the same answer; once
    // (the service's order of an update's days includes that of the days sent, which a rule here names).
    const named = (problem: FieldError) => errors.some((error) => error.property === problem.field && error.constraints?.[problem.constraint ?? 'invalid'] === problem.message);
    const problems = ((await this.serviceChecks?.of(object)) ?? []).filter((problem) => !named(problem));
    return [...errors, ...asValidationErrors(problems, object)];
  }
}

/**
 * The argument pipe without leaving anything to the service: what EachItemValidationPipe
 * names of the other items once one item is refused anyway, ServiceChecks' problems included.
 */
export class EveryRuleValidationPipe extends InputValidationPipe {
  protected override readonly leavesRulesToService = false;
}
