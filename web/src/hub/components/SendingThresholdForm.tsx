import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import { useSubmitOnce } from '../../forms/use-submit-once';
import { formatDateTime, formatPercent } from '../../i18n/format';
import { locale } from '../../i18n/language';
import { UpdateMatchingSettingsMutation } from '../graphql/mutations/updateMatchingSettings';
import { MatchingSettingsQuery } from '../graphql/queries/matchingSettings';
import { UnsentPairsReachingQuery } from '../graphql/queries/unsentPairsReaching';
import { FiguresTable } from './FiguresTable';

const FIELDS = ['sendingThreshold'];

// The API's limits (UpdateMatchingSettingsInput), as percentages.
const MIN_PERCENT = 5;
const MAX_PERCENT = 99;

// What a threshold buys, on 200 needs of Gorenjska held out of training (README, "Sending:
// what the threshold means", the second table; `holdoutsPooled` of npm run train:calibration).
// Copy it again when the calibration is retrained.
const TRADE_OFFS = [
  { threshold: 0.3, sent: 197, good: 0.79, perfect: 0.79, quiet: 0.68 },
  { threshold: 0.35, sent: 179, good: 0.82, perfect: 0.75, quiet: 0.73 },
  { threshold: 0.4, sent: 158, good: 0.86, perfect: 0.71, quiet: 0.8 },
  { threshold: 0.43, sent: 153, good: 0.88, perfect: 0.7, quiet: 0.82 },
  { threshold: 0.45, sent: 147, good: 0.9, perfect: 0.68, quiet: 0.86 },
  { threshold: 0.5, sent: 130, good: 0.92, perfect: 0.62, quiet: 0.89 },
  { threshold: 0.6, sent: 98, good: 0.94, perfect: 0.49, quiet: 0.91 },
  { threshold: 0.7, sent: 80, good: 0.94, perfect: 0.42, quiet: 0.93 },
];

export interface SendingThresholdSettings {
  sendingThreshold: number;
  defaultSendingThreshold: number;
  sendingThresholdUpdatedAt?: string | null;
  sendingThresholdUpdatedBy?: string | null;
}

// To a tenth of a percent: a threshold set through the API (0.435) is shown as it is, and
// saving the form unchanged keeps it.
const asPercent = (value: number) => String(Math.round(value * 1000) / 10);

/** The sending threshold, editable by the hub, beside what each value buys. */
export function SendingThresholdForm({ settings }: { settings: SendingThresholdSettings }) {
  const { t, i18n } = useTranslation();
  const [save] = useMutation(UpdateMatchingSettingsMutation);
  const client = useApolloClient();
  const { run, submitting, errors, formError, formRef } = useSubmitOnce(FIELDS);
  const [value, setValue] = useState(() => asPercent(settings.sendingThreshold));
  // A count, so that each save's message is a new one (announced again); 0: none shown.
  const [saved, setSaved] = useState(0);
  const percent = (share: number) => formatPercent(share, i18n.language);
  // A threshold is set to a tenth of a percent: said so (43.5 %), not rounded (44 %).
  const thresholdPercent = (share: number) => new Intl.NumberFormat(locale(i18n.language), { style: 'percent', maximumFractionDigits: 1 }).format(share);

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      const next = Math.round(Number(value) * 10) / 1000;
      // A lowered threshold sends at once every stored pair not sent yet that reaches it (an
      // import can leave thousands), and nothing sent is taken back: say how many, and ask.
      if (next >= MIN_PERCENT / 100 && next < settings.sendingThreshold) {
        const { data } = await client.query({ query: UnsentPairsReachingQuery, variables: { sendingThreshold: next }, fetchPolicy: 'network-only' });
        const count = data?.unsentPairsReaching ?? 0;
        if (count > 0 && !window.confirm(t('hub.thresholdLowerConfirm', { count, number: new Intl.NumberFormat(locale(i18n.language)).format(count), value: thresholdPercent(next) }))) return;
      }
      const result = await save({
        variables: { input: { sendingThreshold: next } },
        // The settings have no id to be updated by: the page's query is written over.
        update: (cache, { data }) => {
          const updated = data?.updateMatchingSettings;
          if (!updated) return;
          cache.updateQuery({ query: MatchingSettingsQuery }, (current) => current && { ...current, matchingSettings: { ...current.matchingSettings, ...updated } });
        },
      });
      const updated = result.data?.updateMatchingSettings;
      if (updated) setValue(asPercent(updated.sendingThreshold));
      setSaved((count) => count + 1);
    });
  };

  const changed = settings.sendingThresholdUpdatedAt
    ? t('hub.thresholdChanged', {
        date: formatDateTime(settings.sendingThresholdUpdatedAt, i18n.language),
        who: settings.sendingThresholdUpdatedBy ?? t('hub.thresholdChangedBySomeone'),
      })
    : t('hub.thresholdShipped');

  return (
    <Stack gap="sm">
      <Stack component="form" ref={formRef} gap="sm" onSubmit={submit} aria-labelledby="hub-sending-threshold">
        <Text fw={600} id="hub-sending-threshold">
          {t('hub.sendingThreshold')}
        </Text>
        {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
        <TextInput
          type="number"
          name="sendingThreshold"
          label={t('hub.sendingThresholdInput')}
          description={t('hub.sendingThresholdHint', { shipped: percent(settings.defaultSendingThreshold) })}
          required
          min={MIN_PERCENT}
          max={MAX_PERCENT}
          step={0.1}
          rightSection="%"
          value={value}
          error={errors.sendingThreshold}
          onChange={(event) => {
            setSaved(0);
            setValue(event.currentTarget.value);
          }}
          maw={220}
        />
        <Text size="sm" c="dimmed">
          {changed}
        </Text>
        {saved > 0 && <FocusedStatus key={saved}>{t('hub.thresholdSaved', { value: thresholdPercent(Number(value) / 100) })}</FocusedStatus>}
        <Group gap="sm">
          <Button type="submit" loading={submitting} disabled={submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
      <FiguresTable
        label={t('hub.tradeOffCaption')}
        caption={t('hub.tradeOffCaption')}
        rows={TRADE_OFFS}
        rowKey={(row) => row.threshold}
        rowHeader
        striped
        current={(row) => Math.abs(row.threshold - settings.sendingThreshold) < 0.005}
        name={{ header: t('hub.tradeOff.threshold'), cell: (row) => percent(row.threshold) }}
        cardTitle={(row) => t('hub.tradeOff.row', { threshold: percent(row.threshold) })}
        columns={[
          { header: t('hub.tradeOff.sent'), cell: (row) => new Intl.NumberFormat(locale(i18n.language)).format(row.sent) },
          { header: t('hub.tradeOff.good'), cell: (row) => percent(row.good) },
          { header: t('hub.tradeOff.perfect'), cell: (row) => percent(row.perfect) },
          { header: t('hub.tradeOff.quiet'), cell: (row) => percent(row.quiet) },
        ]}
      />
    </Stack>
  );
}
