import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './page-contents.module.css';

/**
 * "Na tej strani": a long page's sections, each a link to its heading. On a phone one a line,
 * each a thumb's height; a wrapping row on a wider screen.
 */
export function PageContents({ id, links }: { id: string; links: readonly { target: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby={id} className={classes.contents}>
      <Text size="sm" fw={600} id={id}>
        {t('common.onThisPage')}
      </Text>
      <ul>
        {links.map(({ target, label }) => (
          <li key={target}>
            <a href={`#${target}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
