import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './field-errors';
import { refusedFields } from './localized-validation';

/**
 * The own check of a form that keeps its refusals itself (sign-in, sign-up, a password's reset;
 * the forms on useSubmitOnce pass theirs to `run`). The form has NO_BROWSER_CHECK, and its submit
 * calls `check(form)` first: what the browser would refuse is kept as `refused`, by input name,
 * to be shown beside the fields (where the browser's bubble faded on a phone before it was read),
 * and returned, or null when the form may be sent. Each check replaces the last one's.
 */
export function useFieldCheck() {
  const { t, i18n } = useTranslation();
  const [refused, setRefused] = useState<FieldErrors>({});
  const check = useCallback(
    (form: HTMLElement): FieldErrors | null => {
      const found = refusedFields(form, t, i18n.language);
      setRefused(found ?? {});
      return found;
    },
    [t, i18n.language],
  );
  return { refused, check };
}
