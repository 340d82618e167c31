import { CombinedGraphQLErrors } from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from './field-errors';
import { useTranslation } from 'react-i18next';

/**
 * Runs a submission at most once at a time (a double click posts once) and turns the API's
 * answer into errors by input name plus one line for the whole form.
 */
export function useSubmitOnce(knownFields: readonly string[]) {
  const { t } = useTranslation();
  const running = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const run = useCallback(
    async (submission: () => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      setSubmitting(true);
      setErrors({});
      setFormError(null);
      try {
        await submission();
      } catch (error) {
        const fields = fieldErrorsOf(error);
        if (fields) {
          setErrors(fields);
          const unknown = Object.entries(fields).filter(([name]) => !knownFields.includes(name));
          setFormError([t('errors.fixFields'), ...unknown.map(([, message]) => message)].join(' '));
        } else {
          setFormError(t(CombinedGraphQLErrors.is(error) ? 'errors.generic' : 'errors.network'));
        }
      } finally {
        running.current = false;
        setSubmitting(false);
      }
    },
    [knownFields, t],
  );

  return { run, submitting, errors, formError };
}
