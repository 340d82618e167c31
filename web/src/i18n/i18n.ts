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

export function setupI18n(language: AppLanguage = initialLanguage()) {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).use(singleFullStop).init({
    postProcess: ['singleFullStop'],
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
