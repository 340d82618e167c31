import { createTheme } from '@mantine/core';

// Shade 8 of the primary colour: the default shade 6 fails WCAG AA contrast on white text.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'always',
});
