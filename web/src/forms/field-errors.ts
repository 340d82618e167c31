import { CombinedGraphQLErrors } from '@apollo/client';

export type FieldErrors = Record<string, string>;

interface ApiFieldError {
  field: string;
  message: string;
}

/**
 * The API's BAD_USER_INPUT `extensions.fields` by input name: "themeCodes.1" belongs to the
 * themeCodes input. Null when the error is something else.
 */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const bad = error.errors.filter((entry) => entry.extensions?.code === 'BAD_USER_INPUT');
  if (!bad.length) return null;
  const fields: FieldErrors = {};
  for (const entry of bad) {
    const listed = (entry.extensions?.fields as ApiFieldError[] | undefined) ?? [];
    for (const { field, message } of listed) {
      const name = field.replace(/^input\./, '').split('.')[0];
      fields[name] = fields[name] ? `${fields[name]} ${message}` : message;
    }
    if (!listed.length) fields._form = entry.message;
  }
  return fields;
}
