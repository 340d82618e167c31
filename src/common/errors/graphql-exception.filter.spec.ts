import { Logger } from '@nestjs/common';
import { CannotExecuteNotConnectedError, QueryFailedError } from 'typeorm';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { uniqueViolation, uniqueViolations } from './unique-keys';

// What pg and Node throw, shaped as they are (an Error with a `code`), without a server.
function driverError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

const queryFailed = (error: Error) => new QueryFailedError('SELECT 1', [], error);

describe('GraphqlExceptionFilter', () => {
  const filter = new GraphqlExceptionFilter();
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each([
    ['pg_terminate_backend (57P01)', queryFailed(driverError('terminating connection due to administrator command', '57P01'))],
    ['a crash of another backend (57P02)', queryFailed(driverError('terminating connection due to crash of another server process', '57P02'))],
    ['a server still starting (57P03)', driverError('the database system is starting up', '57P03')],
    ['a connection exception (08006)', driverError('connection failure', '08006')],
    ['a socket closed under a query', queryFailed(driverError('Connection terminated unexpectedly'))],
    ['a refused connect', driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset socket', driverError('read ECONNRESET', 'ECONNRESET')],
    ['a pool that cannot connect in time', driverError('timeout exceeded when trying to connect')],
    ['a connect timeout with its cause', new Error('Connection terminated due to connection timeout', { cause: driverError('Connection terminated unexpectedly') })],
    ['a data source without its pool', new CannotExecuteNotConnectedError()],
    ['both addresses of localhost refused', new AggregateError([driverError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed')],
  ])('answers %s as SERVICE_UNAVAILABLE, retryable', (_case, exception) => {
    const error = filter.toGraphqlError(exception);
    expect(error.message).toBe('The database is unavailable; retry in a moment.');
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'database', retryable: true, retryAfterSeconds: 5 });
  });

  it.each([
    ['an undefined column (42703)', queryFailed(driverError('column "x" does not exist', '42703'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a statement timeout (57014)', queryFailed(driverError('canceling statement due to statement timeout', '57014'))],
  ])('keeps %s an INTERNAL_SERVER_ERROR without details', (_case, exception) => {
    const error = filter.toGraphqlError(exception);
    expect(error.message).toBe('Internal server error.');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('still answers a unique violation of a key no input reaches as the generic CONFLICT', () => {
    for (const constraint of [undefined, 'delivery_once_key', 'toString', '__proto__']) {
      const error = filter.toGraphqlError(queryFailed(Object.assign(driverError('duplicate key value', '23505'), { constraint })));
      expect({ message: error.message, extensions: error.extensions }).toEqual({ message: 'That already exists.', extensions: { code: 'CONFLICT' } });
    }
  });

  // pg's error for a unique index names the index in `constraint` (its `detail` repeats the value).
  const uniqueViolationOf = (constraint: string) =>
    queryFailed(Object.assign(driverError('duplicate key value violates unique constraint', '23505'), { constraint, detail: 'Key (x)=(1) already exists.' }));

  it.each([
    ['organization_tax_number_key', 'taxNumber', 'An organization with this tax number already exists.'],
    ['organization_registration_number_key', 'registrationNumber', 'An organization with this registration number already exists.'],
  ])('names the field of %s in a CONFLICT, as BAD_USER_INPUT names its fields', (constraint, field, message) => {
    const error = filter.toGraphqlError(uniqueViolationOf(constraint));
    expect(error.message).toBe(message);
    expect(error.extensions).toEqual({ code: 'CONFLICT', fields: [{ field, message: expect.stringMatching(/already has this/), constraint: 'isUnique' }] });
  });

  it('names every taken field of several keys in one CONFLICT, and one key as uniqueViolation does', () => {
    const both = uniqueViolations(['organization_tax_number_key', 'organization_registration_number_key']);
    expect(both.message).toBe('An organization with this tax number already exists. An organization with this registration number already exists.');
    expect(both.extensions).toEqual({
      fields: [
        { field: 'taxNumber', message: 'another organization already has this tax number', constraint: 'isUnique' },
        { field: 'registrationNumber', message: 'another organization already has this registration number', constraint: 'isUnique' },
      ],
    });
    expect(uniqueViolations(['organization_tax_number_key'])).toEqual(uniqueViolation('organization_tax_number_key'));
  });

  it("answers two sign-ups for one address at once as signUp's own check does (ACCOUNT_EXISTS)", () => {
    expect(filter.toGraphqlError(uniqueViolationOf('user_email_key')).extensions).toEqual({ code: 'CONFLICT', reason: 'ACCOUNT_EXISTS' });
  });
});
