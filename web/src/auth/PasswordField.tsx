import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

// A thumb's width: the toggle is a tap target of its own, next to the field.
const TOGGLE = 40;

const isEnterOrSpace = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';

/**
 * Mantine's PasswordInput with its show/hide toggle named in the reader's language (Mantine's
 * own label is English; aria-pressed tells whether the password is shown), big enough to tap,
 * reachable with Tab (Mantine takes it out of the tab order; a keyboard could not use it) and
 * working with a bare click.
 */
export function PasswordField(props: Omit<PasswordInputProps, 'visible' | 'defaultVisible' | 'onVisibilityChange' | 'visibilityToggleButtonProps'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const toggle = () => setVisible((shown) => !shown);
  // Mantine toggles on mousedown, touchend and Enter/Space, never on a bare click, all that a
  // screen reader in browse mode or a switch device sends. The field is controlled, so Mantine's
  // own toggling goes nowhere, and each press toggles here once:
  // - a mouse: mousedown (Mantine cancels it, the focus stays in the field), then the click;
  // - a tap: touchend, which Mantine cancels, so no click follows;
  // - Enter or Space: keydown, which Mantine cancels; Space's click would come on keyup, cancelled
  //   here too (some browsers send it even after a cancelled keydown);
  // - anything else: the click.
  return (
    <PasswordInput
      rightSectionWidth={TOGGLE + 4}
      visibilityToggleFocusable
      {...props}
      visible={visible}
      visibilityToggleButtonProps={{
        'aria-label': t('passwordInput.show'),
        style: { width: TOGGLE, height: TOGGLE, minWidth: TOGGLE, minHeight: TOGGLE },
        onClick: toggle,
        onTouchEnd: toggle,
        onKeyDown: (event: KeyboardEvent) => isEnterOrSpace(event) && toggle(),
        onKeyUp: (event: KeyboardEvent) => isEnterOrSpace(event) && event.preventDefault(),
      }}
    />
  );
}
