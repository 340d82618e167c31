// The reader's language: ?lang=en|sl switches it and is remembered (only the language is kept
// in localStorage, never anything about the session).
export const LANGUAGES = ['sl', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'grozd.language';

const isLanguage = (value: string | null | undefined): value is AppLanguage => LANGUAGES.includes(value as AppLanguage);

export function initialLanguage(search: string = window.location.search): AppLanguage {
  const requested = new URLSearchParams(search).get('lang');
  if (isLanguage(requested)) {
    rememberLanguage(requested);
    return requested;
  }
  const remembered = safeStorage()?.getItem(STORAGE_KEY);
  return isLanguage(remembered) ? remembered : 'sl';
}

export function rememberLanguage(language: AppLanguage): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or storage disabled: the language simply is not remembered
  }
}

/** The API's Language enum for the explanations. */
export const apiLanguage = (language: string): 'SL' | 'EN' => (language === 'en' ? 'EN' : 'SL');

/** A BCP 47 locale for dates and numbers. */
export const locale = (language: string): string => (language === 'en' ? 'en-GB' : 'sl-SI');
