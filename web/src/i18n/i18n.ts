import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import sl from './sl.json';
import { type AppLanguage, initialLanguage, rememberLanguage } from './language';

/**
 * A sentence that ends with a name ending in a full stop ("Podjetje Sava Tech d.o.o.") gets
 * one full stop, not two ("… organizacije Podjetje Sava Tech d.o.o..").
 */
export const singleFullStop = {
  type: 'postProcessor' as const,
  name: 'singleFullStop',
  process: (value: string) => value.replace(/(?<!\.)\.\.(?![.\p{L}\p{N}])/gu, '.'),
};

/**
 * A title with quotes of its own inside a quoted sentence gets the inner pair of quotes, as
 * each language nests them: “… ‘Poletje v Naklem’ …”, »… ›Poletje v Naklem‹ …«, not
 * “… “Poletje v Naklem” …” or »… »Poletje v Naklem« …«. Unbalanced quotes are left as written.
 */
const QUOTE_PAIRS = [
  { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
  { open: '»', close: '«', innerOpen: '›', innerClose: '‹' },
] as const;

function alternateQuotes(value: string, { open, close, innerOpen, innerClose }: (typeof QUOTE_PAIRS)[number]): string {
  if (!value.includes(open)) return value;
  let depth = 0;
  let result = '';
  for (const character of value) {
    if (character === open) {
      result += depth % 2 === 1 ? innerOpen : open;
      depth += 1;
    } else if (character === close) {
      if (depth === 0) return value;
      depth -= 1;
      result += depth % 2 === 1 ? innerClose : close;
    } else {
      result += character;
    }
  }
  return depth === 0 ? result : value;
}

export const nestedQuotes = {
  type: 'postProcessor' as const,
  name: 'nestedQuotes',
  process: (value: string) => QUOTE_PAIRS.reduce(alternateQuotes, value),
};

export function setupI18n(language: AppLanguage = initialLanguage()) {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).use(singleFullStop).use(nestedQuotes).init({
    postProcess: ['singleFullStop', 'nestedQuotes'],
    resources: { sl: { translation: sl }, en: { translation: en } },
    lng: language,
    fallbackLng: 'sl',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    rememberLanguage(next as AppLanguage);
  });
  return instance;
}
