import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AppLanguage, LANGUAGES } from '../i18n/language';
import classes from './shell.module.css';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const choose = (language: AppLanguage) => {
    void i18n.changeLanguage(language);
    // A ?lang= in the address (an English e-mail's link) would undo the choice on a reload,
    // ahead of the remembered language: it goes, the rest of the address stays.
    if (searchParams.has('lang')) {
      setSearchParams(
        (params) => {
          params.delete('lang');
          return params;
        },
        { replace: true, preventScrollReset: true },
      );
    }
  };
  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          className={classes.touchTarget}
          variant={i18n.language === language ? 'filled' : 'subtle'}
          aria-pressed={i18n.language === language}
          lang={language}
          onClick={() => choose(language)}
        >
          {t(`language.${language}`)}
        </Button>
      ))}
    </Group>
  );
}
