import { CombinedGraphQLErrors } from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from './field-errors';
import { useErrorFocus } from './focus-first-error';
import { useTranslation } from 'react-i18next';

/**
 * Runs a submission at most once at a time (a double click posts once) and turns the API's
 * answer into errors by input name, worded by rule in the reader's language, plus one line for
 * the whole form. After a failure the first named field, or else the form's summary, gets the
 * focus and is scrolled into view: `formRef` goes on the <form> (without it, the form the
 * focus was in when the submission started).
 */
export function useSubmitOnce(knownFields: readonly string[]) {
  const { t } = useTranslation();
  const running = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { formRef, focusErrors } = useErrorFocus();

  const run = useCallback(
    async (submission: () => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      const submittedFrom = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form') : null;
      setSubmitting(true);
      setErrors({});
      setFormError(null);
      try {
        await submission();
      } catch (error) {
        const fields = fieldErrorsOf(error, t);
        if (fields) {
          setErrors(fields);
          const unknown = Object.entries(fields).filter(([name]) => !knownFields.includes(name));
          setFormError([t('errors.fixFields'), ...unknown.map(([, message]) => message)].join(' '));
          focusErrors(
            Object.keys(fields).filter((name) => knownFields.includes(name)),
            submittedFrom,
          );
        } else {
          setFormError(t(CombinedGraphQLErrors.is(error) ? 'errors.generic' : 'errors.network'));
          focusErrors([], submittedFrom);
        }
      } finally {
        running.current = false;
        setSubmitting(false);
      }
    },
    [knownFields, t, focusErrors],
  );

  return { run, submitting, errors, formError, formRef };
}
