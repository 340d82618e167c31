import { useTranslation } from 'react-i18next';
import { areaByRegion } from '../../reference-data/area-by-region';
import { useMunicipalities } from '../../reference-data/hooks/use-municipalities';

/**
 * An offer's explicit service area, a whole statistical region by its name: "območje delovanja:
 * vsa Gorenjska (18 občin), Ljubljana". Until the reference list is there, by names.
 */
export function ServiceAreaNames({ area }: { area: readonly { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const { all, regionName } = useMunicipalities();
  const names = areaByRegion(area, all).map((part) => (part.kind === 'region' ? t('offers.wholeRegion', { name: regionName(part), count: part.count }) : part.name));
  return <>{t('offers.serviceArea', { names: names.join(', ') })}</>;
}
