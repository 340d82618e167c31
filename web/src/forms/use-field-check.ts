import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './field-errors';
import { refusedFields } from './localized-validation';

/**
 * The own check of a form's fields: a page that keeps its refusals itself (sign-in, sign-up, a
 * password's reset) calls it, and useSubmitOnce's `run(…, form)` does. The form has NO_BROWSER_CHECK, and its submit
 * asks `passes(form)` first: what the browser would refuse is kept as `refused`, by input name,
 * to be shown beside the fields (where the browser's bubble faded on a phone before it was read),
 * the first of them gets the focus (`focusErrors`, the form's useErrorFocus), and the form is not
 * sent. Each check replaces the last one's.
 */
export function useFieldCheck(focusErrors: (names: readonly string[], form?: HTMLElement | null) => void) {
  const { t, i18n } = useTranslation();
  const [refused, setRefused] = useState<FieldErrors>({});
  const passes = useCallback(
    (form: HTMLElement): boolean => {
      const found = refusedFields(form, t, i18n.language);
      setRefused(found ?? {});
      if (found) focusErrors(Object.keys(found), form);
      return !found;
    },
    [t, i18n.language, focusErrors],
  );
  return { refused, passes };
}
