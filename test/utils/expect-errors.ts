import type { GraphqlError } from './http';

/** What a test may require of an answer's errors; every part given is checked. */
export interface ExpectedErrors {
  /** The HTTP status (resolver errors are 200, GraphQL's own validation 400). */
  status?: number;
  /** Exactly these failing input fields, in any order, on the first error. */
  fields?: string[];
  /** The first error's message. */
  message?: string | RegExp;
  /**
   * The rule the first failing field names (extensions.fields[0].constraint), and with it its
   * number: `limit` left out means the field must have none.
   */
  constraint?: string;
  limit?: number;
}

/**
 * The one error assertion of the tests: exactly one error, with this extensions.code, never
 * a 5xx and never a stack trace; optionally the HTTP status, the failing fields, the first
 * field's rule and the message.
 * Returns the error for further checks.
 */
export function expectError(
  response: { status: number; errors?: GraphqlError[] },
  code: string,
  expected: ExpectedErrors = {},
): GraphqlError {
  const errors = response.errors ?? [];
  expect({ codes: errors.map((error) => error.extensions.code) }).toEqual({ codes: [code] });
  expect(response.status).toBeLessThan(500);
  if (expected.status !== undefined) expect(response.status).toBe(expected.status);
  const [error] = errors;
  expectNoStacktrace(errors);
  if (expected.fields !== undefined) {
    expect((error.extensions.fields ?? []).map((failure) => failure.field).sort()).toEqual([...expected.fields].sort());
    for (const failure of error.extensions.fields ?? []) expect(failure.message).toMatch(/\S/);
  }
  if (expected.constraint !== undefined) {
    const [failure] = error.extensions.fields ?? [];
    expect({ constraint: failure?.constraint, limit: failure?.limit }).toEqual({ constraint: expected.constraint, limit: expected.limit });
  }
  if (expected.message !== undefined) {
    if (typeof expected.message === 'string') expect(error.message).toBe(expected.message);
    else expect(error.message).toMatch(expected.message);
  }
  return error;
}

/** No error carries a stack trace or the exception behind it. */
export function expectNoStacktrace(errors: GraphqlError[] | undefined): void {
  for (const error of errors ?? []) {
    expect(error.extensions).toBeDefined();
    expect(error.extensions.stacktrace).toBeUndefined();
    expect(error.extensions.exception).toBeUndefined();
    expect(error.message).not.toMatch(/\n\s+at /);
  }
}
