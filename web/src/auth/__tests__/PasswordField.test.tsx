import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, route } from '../../test/render';
import { PasswordField } from '../PasswordField';

// jsdom runs no browser defaults, so each way of pressing the toggle sends what a browser would,
// and the defaults it would follow unless the page cancels them (fireEvent returns false then).
const ways: Record<string, (toggle: HTMLElement) => void> = {
  // A screen reader in browse mode (NVDA, JAWS) or a switch device: the click alone.
  'a bare click': (toggle) => fireEvent.click(toggle),
  'a mouse': (toggle) => {
    if (fireEvent.mouseDown(toggle)) toggle.focus();
    fireEvent.mouseUp(toggle);
    fireEvent.click(toggle);
  },
  // A cancelled touchend means no mouse events and no click after it.
  'a tap': (toggle) => {
    fireEvent.touchStart(toggle);
    if (!fireEvent.touchEnd(toggle)) return;
    if (fireEvent.mouseDown(toggle)) toggle.focus();
    fireEvent.mouseUp(toggle);
    fireEvent.click(toggle);
  },
  // A button clicks itself on Enter's keydown.
  Enter: (toggle) => {
    if (fireEvent.keyDown(toggle, { key: 'Enter' })) fireEvent.click(toggle);
    fireEvent.keyUp(toggle, { key: 'Enter' });
  },
  // ... and on Space's keyup: some browsers even after a cancelled keydown.
  Space: (toggle) => {
    fireEvent.keyDown(toggle, { key: ' ' });
    if (fireEvent.keyUp(toggle, { key: ' ' })) fireEvent.click(toggle);
  },
};

function renderField() {
  renderRoutes([route('/', <PasswordField label="Geslo" />)], { path: '/', session: null });
  return { password: screen.getByLabelText('Geslo') as HTMLInputElement, toggle: screen.getByRole('button', { name: 'Pokaži geslo' }) };
}

describe('the password field', () => {
  it.each(Object.keys(ways))('shows the password after %s on the toggle, and hides it after another', (way) => {
    const { password, toggle } = renderField();
    toggle.focus();
    ways[way](toggle);
    expect(password.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    ways[way](toggle);
    expect(password.type).toBe('password');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it.each(['a mouse', 'a tap'])('keeps the focus in the password after %s on the toggle', (way) => {
    const { password, toggle } = renderField();
    password.focus();
    ways[way](toggle);
    expect(password.type).toBe('text');
    expect(document.activeElement).toBe(password);
  });
});
