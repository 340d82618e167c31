import { Alert, createTheme, type CSSVariablesResolver } from '@mantine/core';
import alertClasses from './alert.module.css';
import dialogClasses from './dialog.module.css';
import touchClasses from './touch.module.css';

// WCAG 2.1 AA wants 4.5:1 for text. Teal's shade 9 (#087f5b) gives white button labels and
// links 5.0:1; shades 6 to 8 do not (3.1 to 3.95). Mantine's "dimmed" grey (#868e96, 3.3:1)
// is darkened to gray.7 (8.2:1) for hints and secondary text. A field's error, its text and its
// typed value, is red.8 (5.7:1), as the app's other red text; Mantine's red.6 is 3.3:1.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'sm',
  focusRing: 'always',
  components: {
    Alert: Alert.extend({ classNames: { message: alertClasses.message } }),
    // Plain entries, not Component.extend: importing the components here would load them all
    // with the first page.
    Button: { classNames: { root: touchClasses.button } },
    // Every field built on Input: TextInput, NativeSelect, Textarea, PasswordInput.
    Input: { classNames: { wrapper: touchClasses.input } },
    Checkbox: { classNames: { body: touchClasses.choiceBody, label: touchClasses.choiceLabel } },
    Radio: { classNames: { body: touchClasses.choiceBody, label: touchClasses.choiceLabel } },
    Modal: { classNames: { close: touchClasses.close, header: dialogClasses.header, title: dialogClasses.title } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: {},
});
