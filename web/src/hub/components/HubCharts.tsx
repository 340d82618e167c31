import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HubStatisticsQuery } from '../../graphql/graphql';
import { formatDay } from '../../i18n/format';
import { locale } from '../../i18n/language';
import { SECTORS } from '../../reference-data/enums';

type Statistics = HubStatisticsQuery['hubStatistics'];

// The charts are their own chunk (recharts is heavy): only hub staff ever load it. Every
// figure drawn here is also listed in words on the hub page.
export default function HubCharts({ statistics }: { statistics: Statistics }) {
  const { t, i18n } = useTranslation();
  const timeline = statistics.timeline.map((period) => ({ ...period, period: formatDay(period.periodStart, i18n.language) }));
  const reasons = statistics.declineReasons.map((entry) => ({ reason: t(entry.reason ? `declineReason.${entry.reason}` : 'hub.noReason'), count: entry.count }));
  const municipalities = statistics.partnershipsByMunicipality.slice(0, 10).map((entry) => ({ municipality: entry.municipality.name, count: entry.count }));
  const sectors = SECTORS.map((needSector) => ({
    needSector: t(`sector.${needSector}`),
    ...Object.fromEntries(SECTORS.map((partnerSector) => [partnerSector, statistics.partnershipsBySectorPair.filter((pair) => pair.needSector === needSector && pair.partnerSector === partnerSector).reduce((sum, pair) => sum + pair.count, 0)])),
  })).filter((row) => SECTORS.some((sector) => (row as Record<string, unknown>)[sector]));
  const colours = ['teal.8', 'blue.8', 'orange.8', 'grape.8', 'gray.7'];
  // Counts: whole numbers on the axes, written as the language writes numbers.
  const numbers = new Intl.NumberFormat(locale(i18n.language), { maximumFractionDigits: 0 });
  const counts = { valueFormatter: (value: number) => numbers.format(value) };
  const wholeTicks = { allowDecimals: false };

  return (
    <Stack gap="lg">
      <Chart title={t('hub.overTime')}>
        <LineChart
          h={260}
          data={timeline}
          dataKey="period"
          withLegend
          {...counts}
          yAxisProps={wholeTicks}
          // Four hues apart (teal and green read as one), and the declines dashed, for
          // those who cannot tell red from green.
          series={[
            { name: 'partnershipsFormed', label: t('hub.partnershipsFormed'), color: 'violet.8' },
            { name: 'suggestionsSent', label: t('hub.suggestionsSent'), color: 'blue.8' },
            { name: 'accepted', label: t('hub.accepted'), color: 'green.9' },
            { name: 'declined', label: t('hub.declined'), color: 'red.8', strokeDasharray: '6 4' },
          ]}
        />
      </Chart>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Chart title={t('hub.declineReasons')} empty={reasons.length === 0}>
          <BarChart h={220} data={reasons} dataKey="reason" {...counts} yAxisProps={wholeTicks} series={[{ name: 'count', label: t('hub.count'), color: 'red.8' }]} />
        </Chart>
        <Chart title={t('hub.byMunicipality')} empty={municipalities.length === 0}>
          <BarChart
            h={260}
            data={municipalities}
            dataKey="municipality"
            orientation="vertical"
            {...counts}
            xAxisProps={wholeTicks}
            yAxisProps={{ width: 90 }}
            series={[{ name: 'count', label: t('hub.count'), color: 'teal.8' }]}
          />
        </Chart>
      </SimpleGrid>
      <Chart title={t('hub.bySector')} empty={sectors.length === 0}>
        <BarChart
          h={260}
          data={sectors}
          dataKey="needSector"
          type="stacked"
          withLegend
          {...counts}
          yAxisProps={wholeTicks}
          series={SECTORS.map((sector, index) => ({ name: sector, label: t('hub.partnerSector', { sector: t(`sector.${sector}`) }), color: colours[index] }))}
        />
      </Chart>
    </Stack>
  );
}

/** A chart under its title; an empty one says so in words instead of drawing a bare frame. */
function Chart({ title, empty = false, children }: { title: string; empty?: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure style={{ margin: 0, minWidth: 0 }}>
      <Title order={3} size="h5" component="figcaption" mb="xs">
        {title}
      </Title>
      {empty ? <Text size="sm">{t('hub.noData')}</Text> : children}
    </figure>
  );
}
