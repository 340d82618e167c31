import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Presses `button`, as a person does (the focus on it first), finds the app's confirmation
 * dialog (useConfirm) by its question, checks that its message says `says`, keeps the item
 * with the dialog's `keep` button, and waits for the dialog to close and the focus to be back
 * on `button`. The caller checks that nothing was sent.
 */
export async function keepAtQuestion(button: HTMLElement, question: { name: string | RegExp; says: string | RegExp }, keep = 'Prekliči'): Promise<void> {
  button.focus();
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: question.name });
  expect(dialog.textContent).toMatch(question.says);
  fireEvent.click(within(dialog).getByRole('button', { name: keep }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(button));
}
