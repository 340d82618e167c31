import { Alert } from '@mantine/core';
import { type ReactNode, useCallback } from 'react';
import { FORM_SUMMARY } from './focus-first-error';

/**
 * The result of a form, in a role="status" message that takes the focus when it
 * appears: after a submit the focus would otherwise fall to <body> (the button is disabled
 * while it runs), and a screen reader or a phone user would not learn what happened.
 * Give it a new `key` per result so a second success is announced (and focused) again.
 */
export function FocusedStatus({ children, color = 'teal' }: { children: ReactNode; color?: string }) {
  const focus = useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    node.focus({ preventScroll: true });
    node.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <Alert ref={focus} color={color} role="status" tabIndex={-1}>
      {children}
    </Alert>
  );
}

/** A form's error summary: useSubmitOnce focuses it when the errors name no field of the form. */
export function FormErrorSummary({ children }: { children: ReactNode }) {
  return (
    <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
      {children}
    </Alert>
  );
}
