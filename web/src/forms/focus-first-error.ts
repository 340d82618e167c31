import { useCallback, useEffect, useRef, useState } from 'react';

/** Marks a form's error summary: focused when the errors name no field of the form. */
export const FORM_SUMMARY = 'data-form-summary';

const focusable = (element: HTMLElement) => !(element as HTMLInputElement).disabled && (element as HTMLInputElement).type !== 'hidden';

/**
 * Moves focus to the first input (in the page's order) named in `names`, or else to the
 * form's error summary, and scrolls it to the middle of the screen: after a failed submit on
 * a phone the page is otherwise left at the button, with the errors out of sight. A field in
 * a closed <details> is shown first. Returns what was focused.
 */
export function focusFirstError(form: HTMLElement | null | undefined, names: readonly string[]): HTMLElement | null {
  if (!form) return null;
  const wanted = new Set(names);
  const field = [...form.querySelectorAll<HTMLElement>('[name]')].find((element) => wanted.has(element.getAttribute('name') ?? '') && focusable(element));
  const target = field ?? form.querySelector<HTMLElement>(`[${FORM_SUMMARY}]`);
  if (!target) return null;
  const closed = target.closest('details');
  if (closed && !closed.open) closed.open = true;
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'center' });
  return target;
}

/**
 * For a form that shows errors after a failed submit: `formRef` goes on the <form>, and
 * `focusErrors(names)` focuses the first of those fields (or the summary) once the errors are
 * on the screen, so that a screen reader reads the field with its error.
 */
export function useErrorFocus() {
  const form = useRef<HTMLElement | null>(null);
  // A callback ref: it fits Mantine's <Stack component="form">, typed as a <div>.
  const formRef = useCallback((node: HTMLElement | null) => {
    form.current = node;
  }, []);
  const [pending, setPending] = useState<{ names: readonly string[]; form?: HTMLElement | null } | null>(null);
  useEffect(() => {
    if (pending) focusFirstError(form.current ?? pending.form, pending.names);
  }, [pending]);
  /** `form`: where to look when formRef is on no form (a caller that did not attach it). */
  const focusErrors = useCallback((names: readonly string[], form?: HTMLElement | null) => setPending({ names, form }), []);
  return { formRef, focusErrors };
}
