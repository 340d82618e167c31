import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemesQuery } from '../graphql/queries/themes';

export interface ThemeGroup {
  code: string;
  name: string;
  children: { code: string; name: string }[];
}

/** The two-level taxonomy in the reader's language. */
export function useThemes() {
  const { i18n } = useTranslation();
  const { data, loading, error } = useQuery(ThemesQuery, { fetchPolicy: 'cache-first' });
  const groups = useMemo<ThemeGroup[]>(() => {
    const themes = data?.themes ?? [];
    const name = (theme: { nameSl: string; nameEn: string }) => (i18n.language === 'en' ? theme.nameEn : theme.nameSl);
    return themes
      .filter((theme) => !theme.parent)
      .map((top) => ({
        code: top.code,
        name: name(top),
        children: themes.filter((theme) => theme.parent?.code === top.code).map((child) => ({ code: child.code, name: name(child) })),
      }));
  }, [data, i18n.language]);
  return { groups, loading, error };
}
