import { Button } from '@mantine/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, route } from '../test/render';
import { useConfirm } from './ConfirmDialog';

const LONG = 'Umaknete odziv na »Prijavnica: https://www.naklo.si/obcina/razpisi/2027/medgeneracijski-center-prijavnica-za-partnerje«?';

function Asker() {
  const { ask, dialog } = useConfirm();
  return (
    <>
      <Button onClick={() => void ask({ title: LONG, message: 'Organizacija ne bo mogla sprejeti odziva.', confirm: 'Umakni odziv' })}>Umakni odziv</Button>
      {dialog}
    </>
  );
}

describe('the confirmation dialog', () => {
  it('wraps a question with a web address in it, beside the close button, instead of pushing the button out of the dialog', async () => {
    renderRoutes([route('/', <Asker />)], { path: '/' });
    fireEvent.click(screen.getByRole('button', { name: 'Umakni odziv' }));
    const dialog = await screen.findByRole('dialog', { name: LONG });
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    // A flex item does not shrink below its longest word unless allowed to, and the word breaks.
    expect(getComputedStyle(title).overflowWrap).toBe('anywhere');
    expect(getComputedStyle(title).minWidth).toMatch(/^0(px)?$/);
    // Some room between the question's last letter and the close button.
    expect(getComputedStyle(title.parentElement!).gap).toBe('var(--mantine-spacing-sm)');
    expect(title.parentElement!.contains(screen.getByRole('button', { name: 'Zapri' }))).toBe(true);
  });

  it('puts the focus on the button that leaves things as they are, and gives it back to the asking button', async () => {
    renderRoutes([route('/', <Asker />)], { path: '/' });
    const asking = screen.getByRole('button', { name: 'Umakni odziv' });
    asking.focus();
    fireEvent.click(asking);
    const dialog = await screen.findByRole('dialog', { name: LONG });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Prekliči' })));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Prekliči' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(asking));
  });
});
