import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { refusalOf, refusalReason } from './api-refusal';

/** The API's answer, as Apollo throws it: one error per entry's extensions. */
const answered = (...extensions: Record<string, unknown>[]) =>
  new CombinedGraphQLErrors({ data: null, errors: extensions.map((entry) => ({ message: 'refused', extensions: entry })) });

describe('refusalOf', () => {
  it('is the first error with the code, wherever it comes among the errors', () => {
    const error = answered({ code: 'BAD_USER_INPUT' }, { code: 'CONFLICT', reason: 'LAST_ADMIN', organizations: [{ id: 'o1', name: 'Društvo' }] });
    expect(refusalOf(error, 'CONFLICT')?.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_ADMIN', organizations: [{ id: 'o1', name: 'Društvo' }] });
  });

  it.each([
    ['another code', answered({ code: 'FORBIDDEN' })],
    ['an error without a code', answered({})],
    ['a lost connection', new TypeError('Failed to fetch')],
    ['nothing thrown', undefined],
  ])('is null for %s', (_, error) => {
    expect(refusalOf(error, 'CONFLICT')).toBeNull();
  });
});

describe('refusalReason', () => {
  it('is the reason the refusal names', () => {
    expect(refusalReason(answered({ code: 'RATE_LIMITED', reason: 'INVITATIONS_PER_DAY', limit: 20 }), 'RATE_LIMITED')).toBe('INVITATIONS_PER_DAY');
  });

  it.each([
    ['names no reason', answered({ code: 'CONFLICT' })],
    ['names something that is no reason', answered({ code: 'CONFLICT', reason: 42 })],
    ['is of another code', answered({ code: 'RATE_LIMITED', reason: 'INVITATIONS_PER_DAY' })],
  ])('is null when the refusal %s', (_, error) => {
    expect(refusalReason(error, 'CONFLICT')).toBeNull();
  });
});
