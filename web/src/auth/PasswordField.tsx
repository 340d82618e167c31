import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// A thumb's width: the toggle is a tap target of its own, next to the field.
const TOGGLE = 40;

/**
 * Mantine's PasswordInput with its show/hide toggle named in the reader's language (Mantine's
 * own label is English; aria-pressed tells whether the password is shown), big enough to tap
 * and reachable with Tab (Mantine takes it out of the tab order; a keyboard could not use it).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      rightSectionWidth={TOGGLE + 4}
      visibilityToggleFocusable
      {...props}
      visibilityToggleButtonProps={{
        'aria-label': t('passwordInput.show'),
        style: { width: TOGGLE, height: TOGGLE, minWidth: TOGGLE, minHeight: TOGGLE },
        ...props.visibilityToggleButtonProps,
      }}
    />
  );
}
