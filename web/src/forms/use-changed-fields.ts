import { useCallback, useState } from 'react';
import type { FieldErrors } from './field-errors';

/**
 * The fields the reader changed since a form was last refused: what the API said of them no
 * longer applies (it stayed beside the new text, and beside the browser's own word on it).
 * Every form that shows the API's field errors calls `fieldChanged(name)` in each field's
 * onChange, with the name its errors are kept under (the input's name), and `forget()` when it
 * is sent again; `unchanged` then leaves out the errors of the fields changed meanwhile, the
 * others stay. useSubmitOnce does the keeping and the forgetting; a form with its own refusal
 * (sign-up, password reset, an organization's first invitation) uses this directly.
 */
export function useChangedFields() {
  const [changed, setChanged] = useState<ReadonlySet<string>>(() => new Set());
  const fieldChanged = useCallback((name: string) => setChanged((current) => (current.has(name) ? current : new Set(current).add(name))), []);
  const forget = useCallback(() => setChanged((current) => (current.size ? new Set() : current)), []);
  const unchanged = useCallback((errors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(errors).filter(([name]) => !changed.has(name))), [changed]);
  return { changed, fieldChanged, forget, unchanged };
}
