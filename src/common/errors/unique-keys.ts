import { QueryFailedError } from 'typeorm';
import { ConflictError } from './domain-errors';

/**
 * The unique keys a client's input can run into, by the name PostgreSQL gives in a unique
 * violation's `constraint` (for a unique index, the index's name; see the entities and
 * src/database/migrations): how the CONFLICT says what is taken. A key not listed here (one no
 * input reaches, e.g. the deliveries' once-only key, or one a service words itself, e.g.
 * response_need_organization_key) keeps the generic "That already exists.".
 */
export const UNIQUE_KEYS: Readonly<Record<string, () => ConflictError>> = {
  organization_tax_number_key: () =>
    ConflictError.taken('taxNumber', 'An organization with this tax number already exists.', 'another organization already has this tax number'),
  organization_registration_number_key: () =>
    ConflictError.taken('registrationNumber', 'An organization with this registration number already exists.', 'another organization already has this registration number'),
  // signUp checks for the account first; this is two sign-ups for one address at once (two
  // invitations). The address is the invitation's, not a field of the input: no field to name,
  // the same answer as the check's.
  user_email_key: () => new ConflictError('An account with this e-mail exists: sign in, then accept the invitation (acceptInvitation).', 'ACCOUNT_EXISTS'),
};

/** The CONFLICT for a unique violation of the named key: worded by UNIQUE_KEYS, else the generic one. */
export function uniqueViolation(constraint: string | undefined): ConflictError {
  const known = constraint !== undefined && Object.hasOwn(UNIQUE_KEYS, constraint) ? UNIQUE_KEYS[constraint] : undefined;
  return known ? known() : new ConflictError('That already exists.');
}

/**
 * One CONFLICT for several keys a value of the input runs into (PostgreSQL names only the
 * first it met): every field named, each as uniqueViolation names it, the messages in turn.
 */
export function uniqueViolations(constraints: readonly string[]): ConflictError {
  if (constraints.length === 1) return uniqueViolation(constraints[0]);
  const conflicts = constraints.map(uniqueViolation);
  return new ConflictError(
    conflicts.map((conflict) => conflict.message).join(' '),
    undefined,
    conflicts.flatMap((conflict) => conflict.fields),
  );
}

// PostgreSQL's unique_violation.
export const UNIQUE_VIOLATION = '23505';

/** The unique key a failed statement violated (its index's name), or undefined when it failed otherwise. */
export function violatedUniqueKey(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const { code, constraint } = (error.driverError ?? {}) as { code?: string; constraint?: string };
  return code === UNIQUE_VIOLATION ? constraint : undefined;
}
