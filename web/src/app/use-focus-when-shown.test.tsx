import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusWhenShown } from './use-focus-when-shown';

function Later({ pick }: { pick?: (target: HTMLElement) => HTMLElement }) {
  const focusOn = useFocusWhenShown(pick);
  const [shown, setShown] = useState(false);
  return (
    <>
      <button type="button" onClick={() => focusOn('later')}>
        ask
      </button>
      <button type="button" onClick={() => setShown(true)}>
        show
      </button>
      {shown && (
        <h2 id="later" tabIndex={-1}>
          <a href="#x">inside</a>
        </h2>
      )}
    </>
  );
}

describe('useFocusWhenShown', () => {
  it('focuses the element once a later render brings it, and only once', () => {
    render(<Later />);
    act(() => screen.getByText('ask').click());
    expect(screen.queryByRole('heading')).toBeNull();
    act(() => screen.getByText('show').click());
    expect(document.activeElement).toBe(screen.getByRole('heading'));
    act(() => screen.getByText('show').focus());
    act(() => screen.getByText('show').click());
    expect(document.activeElement).toBe(screen.getByText('show'));
  });

  it('focuses what `pick` chooses inside it', () => {
    render(<Later pick={(target) => target.querySelector('a') ?? target} />);
    act(() => screen.getByText('show').click());
    act(() => screen.getByText('ask').click());
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'inside' }));
  });
});
