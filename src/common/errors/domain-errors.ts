/** The codes a client can see in `extensions.code` (SPEC.md section 6). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** Path of the failing field within the input, e.g. "endsOn" or "themeCodes.1". */
  field: string;
  message: string;
  /**
   * The rule that failed, for a client to word the error itself. Additive: `field` and
   * `message` are unchanged. Either a class-validator constraint name (minLength, maxLength,
   * min, max, isInt, arrayNotEmpty, arrayMaxSize, isNotEmpty, isEmail, isUrl, isUuid, isArray...),
   * also where a service checks the same rule (suggestions' `first` above 50: max 50; a
   * webhook url that is no URL at all: isUrl; requestPasswordReset's email: maxLength 254); or,
   * for a variable GraphQL could not coerce, isDefined (a required field left out, also one
   * a service needs in the situation, e.g. which organization answers), whitelistValidation
   * or graphqlType; or one of the project's own checks, all of them here:
   *
   * - isNotBefore: a date before the one it may not precede (endsOn before startsOn)
   * - isNotPast: a need's endsOn or respondBy set to a day already past in Slovenia (today itself is allowed)
   * - isAfter: an instant not after the one it must follow (hubStatistics' `to` at or before `from`)
   * - isMunicipalityCode, isThemeCode: not a code from the reference lists
   * - isSlovenianTaxNumber, isSlovenianRegistrationNumber
   * - isWellFormed: text that is not valid Unicode (a lone surrogate), or has a NUL character (U+0000), which PostgreSQL cannot store
   * - isSingleLine: a name (organization and contact names, a person's name, an API key's name)
   *   with a line break, tab, bidirectional override or other control character; a posting's
   *   title with a control character other than line breaks and tabs (those become spaces)
   * - isCursor: `after` is not a cursor this list handed out
   * - isValidToken: an invitation or password-reset token that is unknown, used or expired
   * - isCurrentPassword: not the signed-in person's password (deleteAccount)
   * - isNotOwnNeed: an organization responding to its own need
   * - isOwnOffer: an offer that is not the responding organization's
   * - isOpen: an offer that is no longer open
   * - isSideOfMatch: an organization that is neither side of the match
   * - isAllowedUrl: a webhook URL the URL policy refuses (its scheme, credentials in it, a host
   *   that is not a public address or does not resolve); the message says which
   * - maxPeriods: a statistics timeline of more periods than `limit`
   * - isUnique: an externalId given to two items of one createNeeds or createOffers call; in a
   *   CONFLICT, a value another item already has (an organization's tax or registration number)
   */
  constraint?: string;
  /** The rule's number where it has one: minLength 3 → 3. */
  limit?: number;
  /**
   * Which part of a rule failed, by a stable name, where the rule has parts a client words
   * apart. isAllowedUrl: HTTPS_ONLY (in production only https), HTTP_OR_HTTPS (outside
   * production, http or https), CREDENTIALS (a user name or password in it), NOT_PUBLIC and
   * NOT_RESOLVED (in production: a host that is not a public address, or does not resolve).
   */
  reason?: string;
}

/** What a field error says besides its message: the rule that failed, its number, and which part of it. */
export type FieldRule = Pick<FieldError, 'constraint' | 'limit' | 'reason'>;

/** An error a client caused or may act on; the exception filter turns it into a GraphQL error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, readonly fields: FieldError[] = []) {
    super('BAD_USER_INPUT', message, { fields });
  }

  static field(field: string, message: string, rule: FieldRule = {}): BadUserInputError {
    return new BadUserInputError(`${field}: ${message}`, [{ field, message, ...rule }]);
  }

  /** Several failing fields in one refusal, each named in the message as `field: message`. */
  static fields(fields: FieldError[]): BadUserInputError {
    return new BadUserInputError(`Invalid input. ${fields.map((error) => `${error.field}: ${error.message}`).join('; ')}`, fields);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in or send an API key: Authorization: Bearer <token>.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  /** extensions: what a client can act on beyond the message (extensions.reason, a stable name). */
  constructor(message = 'You may not do this for that organization.', extensions: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, extensions);
  }
}

export class NotFoundError extends DomainError {
  /** message: what to say instead of "does not exist", where the item is there but gone for this use (a deleted webhook). */
  constructor(entity: string, id: string, message = `${entity} ${id} does not exist.`) {
    super('NOT_FOUND', message, { entity, id });
  }
}

export class ConflictError extends DomainError {
  /**
   * reason: a stable name for the situation (extensions.reason), for clients that word it
   * themselves; details: what else a client acts on (deleteAccount's LAST_ADMIN names the organizations).
   */
  constructor(message: string, reason?: string, readonly fields: FieldError[] = [], details: Record<string, unknown> = {}) {
    super('CONFLICT', message, { ...details, ...(reason ? { reason } : {}), ...(fields.length ? { fields } : {}) });
  }

  /**
   * A value another item already has (a unique key): the input field that holds it, named as
   * BAD_USER_INPUT names its fields (constraint isUnique), so a form shows it under that field.
   */
  static taken(field: string, message: string, fieldMessage: string): ConflictError {
    return new ConflictError(message, undefined, [{ field, message: fieldMessage, constraint: 'isUnique' }]);
  }
}

export class RateLimitedError extends DomainError {
  /** extensions: what else names the limit (a reason, its number), beside retryAfterSeconds. */
  constructor(retryAfterSeconds: number, message = `Too many requests; try again in ${retryAfterSeconds} s.`, extensions: Record<string, unknown> = {}) {
    super('RATE_LIMITED', message, { ...extensions, retryAfterSeconds });
  }
}

/**
 * PostgreSQL or Redis does not answer: nothing is wrong with the request, and the same
 * request may succeed in a moment (a restart, a failover). Answered with HTTP 503.
 */
export class ServiceUnavailableError extends DomainError {
  static readonly RETRY_AFTER_SECONDS = 5;

  constructor(message: string, service: 'database' | 'redis', cause?: unknown) {
    super('SERVICE_UNAVAILABLE', message, { service, retryable: true, retryAfterSeconds: ServiceUnavailableError.RETRY_AFTER_SECONDS });
    if (cause !== undefined) this.cause = cause;
  }

  static database(cause?: unknown): ServiceUnavailableError {
    return new ServiceUnavailableError('The database is unavailable; retry in a moment.', 'database', cause);
  }

  /** `consequence`: what cannot be done, e.g. "the matching backlog cannot be read". */
  static redis(consequence: string, cause?: unknown): ServiceUnavailableError {
    return new ServiceUnavailableError(`Redis is unreachable, so ${consequence}; retry in a moment.`, 'redis', cause);
  }
}
