import { useCallback, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../app/error-message';
import { fieldErrorsOf, type FieldErrors } from './field-errors';
import { useErrorFocus } from './focus-first-error';
import { useChangedFields } from './use-changed-fields';
import { useFieldCheck } from './use-field-check';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Runs a submission at most once at a time (a double click posts once) and turns the API's
 * answer into errors by input name, worded by rule in the reader's language, plus one line for
 * the whole form. After a failure the first named field, or else the form's summary, gets the
 * focus and is scrolled into view: `formRef` goes on the <form> (without it, the form the
 * focus was in when the submission started). A field's error goes once the reader changes
 * that field (`fieldChanged`); the others stay until theirs change or the form is sent again.
 * `changed` is that set of fields, for a form's own words on a refusal about one of them (an
 * address already invited): they go as the field's error would.
 * `run(submission, form)` with the form submitted (one with noValidate) first checks its fields
 * as the browser would: any it refuses get their errors beside them, as the API's would, and
 * nothing is sent.
 */
export function useSubmitOnce(knownFields: readonly string[]) {
  const { t, i18n } = useTranslation();
  const running = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  // The refusal itself, not its words: they are made at each render, so a switch of language
  // after a failed submission words the errors again in the new one.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  // The fields changed since the failed submission: what the API said of them no longer applies.
  const { changed, fieldChanged, forget, unchanged } = useChangedFields();
  const { formRef, focusErrors } = useErrorFocus();
  // A refused field the form shows no error beside is said in its summary, and takes no focus.
  const focusKnown = useCallback((names: readonly string[], form?: HTMLElement | null) => focusErrors(names.filter((name) => knownFields.includes(name)), form), [focusErrors, knownFields]);
  const { refused, passes } = useFieldCheck(focusKnown);

  const run = useCallback(
    async (submission: () => Promise<void>, form?: HTMLElement | null) => {
      if (running.current) return;
      const submittedFrom = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form') : null;
      setFailure(null);
      forget();
      // A form with noValidate: what the browser would refuse is said beside its fields, and nothing is sent.
      if (form && !passes(form)) return;
      running.current = true;
      setSubmitting(true);
      try {
        await submission();
      } catch (error) {
        setFailure({ error });
        const fields = fieldErrorsOf(error, t);
        focusKnown(fields ? Object.keys(fields) : [], submittedFrom);
      } finally {
        running.current = false;
        setSubmitting(false);
      }
    },
    [t, focusKnown, forget, passes],
  );

  const { errors, formError } = useMemo(() => wordedFailure(failure, refused, unchanged, knownFields, t), [failure, refused, unchanged, knownFields, t, i18n.language]);
  return { run, submitting, errors, formError, formRef, fieldChanged, changed };
}

/**
 * A failed submission in the reader's language: errors by input name, and one line for the whole
 * form. Refused by the API, or else by the form's own check (`refused`, worded then: the check
 * runs again on the next submit; empty when it passed).
 */
function wordedFailure(
  failure: { error: unknown } | null,
  refused: FieldErrors,
  unchanged: (errors: FieldErrors) => FieldErrors,
  knownFields: readonly string[],
  t: TFunction,
): { errors: FieldErrors; formError: string | null } {
  const worded = failure ? fieldErrorsOf(failure.error, t) : refused;
  // No field to point at: worded as ErrorNotice words it (a CONFLICT by its reason, NOT_FOUND,
  // FORBIDDEN...), for trying again would not help.
  if (!worded) return { errors: {}, formError: errorMessage(failure?.error, t) };
  const fields = unchanged(worded);
  // Nothing refused, or every field it named is corrected: nothing is left to point at.
  if (!Object.keys(fields).length) return { errors: {}, formError: null };
  const unknown = Object.entries(fields).filter(([name]) => !knownFields.includes(name));
  return { errors: fields, formError: [t('errors.fixFields'), ...unknown.map(([, message]) => message)].join(' ') };
}
