import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';
import classes from './shell.module.css';

/**
 * True while the next page's code (or its loader) is on its way: on a slow connection the old
 * page would otherwise stay for seconds with no sign that the tap was taken.
 */
export function useNextPageLoading(): boolean {
  return useNavigation().state !== 'idle';
}

/** A thin bar along the top of the screen while the next page loads (a layout marks its main aria-busy too). */
export function PageLoadingBar({ pending }: { pending: boolean }) {
  const { t } = useTranslation();
  return pending ? <div className={classes.pending} role="progressbar" aria-label={t('common.loading')} /> : null;
}
