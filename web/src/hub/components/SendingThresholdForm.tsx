import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../app/ConfirmDialog';
import { DecimalInput } from '../../forms/controls';
import { decimalPlaces, formatDecimal, readDecimal } from '../../forms/decimal';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useSubmitOnce } from '../../forms/use-submit-once';
import { formatDateTime, formatPercent } from '../../i18n/format';
import { locale } from '../../i18n/language';
import { UpdateMatchingSettingsMutation } from '../graphql/mutations/updateMatchingSettings';
import { MatchingSettingsQuery } from '../graphql/queries/matchingSettings';
import { UnsentPairsReachingQuery } from '../graphql/queries/unsentPairsReaching';
import classes from '../pages/hub.module.css';
import { FiguresTable } from './FiguresTable';

const FIELDS = ['sendingThreshold'];

// The API's limits (UpdateMatchingSettingsInput), as percentages.
const MIN_PERCENT = 5;
const MAX_PERCENT = 99;

// The rows of the trade-off table: round values, and the default and the value in force
// wherever they lie.
const TABLE_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];

export interface SendingTradeOff {
  threshold: number;
  pairsSent: number;
  sentGood: number;
  perfectPairsSent: number;
  needsLeftQuiet: number;
}

/**
 * What sending from `threshold` buys: the measured point at or just under it (the points are
 * a hundredth apart; a threshold between two sends at most what the lower one sends). Null
 * outside the points measured.
 */
export function tradeOffAt(points: readonly SendingTradeOff[], threshold: number): SendingTradeOff | null {
  let found: SendingTradeOff | null = null;
  for (const point of points) if (point.threshold <= threshold + 1e-9) found = point;
  return found;
}

export interface SendingThresholdSettings {
  sendingThreshold: number;
  defaultSendingThreshold: number;
  sendingThresholdUpdatedAt?: string | null;
  sendingThresholdUpdatedBy?: string | null;
  /** What each threshold buys, as the model in force was measured (matchingSettings.sendingTradeOffs). */
  sendingTradeOffs?: { needs: number; points: readonly SendingTradeOff[] } | null;
}

// Percent to a tenth: a threshold set through the API (0.435) is shown as it is (43,5), and
// saving the form unchanged keeps it.
const DECIMALS = 1;
// Past these places of a percentage a stored value is a float's noise, not a setting.
const MOST_PLACES = 6;
/**
 * The places a percentage is shown with: a tenth, or as many as a threshold set through the API
 * has (0.4257: 42,57). To a tenth, it was shown as 42,6 and a save of the form unchanged stored 0.426,
 * as the suggestion preferences' lowest chance once did (PreferencesSection).
 */
const placesOf = (share: number) => Math.max(DECIMALS, decimalPlaces(share * 100, MOST_PLACES));

/** The sending threshold, editable by the hub, beside what each value buys. */
export function SendingThresholdForm({ settings }: { settings: SendingThresholdSettings }) {
  const { t, i18n } = useTranslation();
  const [save] = useMutation(UpdateMatchingSettingsMutation);
  const client = useApolloClient();
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(FIELDS);
  // What the reader typed; null: the value in force, written as the reader's language writes it
  // (43,5 in Slovenian, 43.5 in English), again after a switch of language.
  const [typed, setTyped] = useState<string | null>(null);
  const places = placesOf(settings.sendingThreshold);
  const value = typed ?? formatDecimal(settings.sendingThreshold * 100, i18n.language, places);
  // The threshold saved last, with a count so that each save's message is a new one (announced
  // again); null: none shown.
  const [saved, setSaved] = useState<{ count: number; threshold: number } | null>(null);
  // The lowering just declined in the dialog: the field is back at the value in force, and says so.
  const [kept, setKept] = useState(false);
  const { ask, dialog } = useConfirm();
  // Kept at the question: the focus goes back to Save once it is enabled again (it is disabled
  // while the submission runs, so the dialog cannot give it back itself).
  const saveButton = useRef<HTMLButtonElement>(null);
  const refocusSave = useRef(false);
  useEffect(() => {
    if (submitting || !refocusSave.current) return;
    refocusSave.current = false;
    saveButton.current?.focus();
  }, [submitting]);
  const percent = (share: number) => formatPercent(share, i18n.language);
  // A threshold is set to a tenth of a percent (or more places, through the API): said so (43.5 %), not rounded (44 %).
  const thresholdPercent = (share: number) => new Intl.NumberFormat(locale(i18n.language), { style: 'percent', maximumFractionDigits: placesOf(share) }).format(share);

  const count = (value: number) => new Intl.NumberFormat(locale(i18n.language)).format(value);
  const tradeOffs = settings.sendingTradeOffs;
  const points = tradeOffs?.points ?? [];
  const inForcePoint = tradeOffAt(points, settings.sendingThreshold);
  const shownThresholds = [...TABLE_THRESHOLDS, settings.defaultSendingThreshold];
  const rows = points.filter((point) => point === inForcePoint || shownThresholds.some((shown) => Math.abs(shown - point.threshold) < 1e-9));
  const caption = t('hub.tradeOffCaption', { needs: count(tradeOffs?.needs ?? 0) });
  // The shipped default stays named once another value is in force. The value in force is said
  // once above the table; its row is the measured point at or just under it, and when that is a
  // point below it, the mark says so: "(privzeti, veljavni: 43,5 %)" on the 43 % row was read as
  // 43 % being in force. Marks are parted by semicolons: a comma is Slovenian's decimal point.
  const isAt = (row: SendingTradeOff, threshold: number) => Math.abs(row.threshold - threshold) < 1e-9;
  const inForceExactly = inForcePoint !== null && isAt(inForcePoint, settings.sendingThreshold);
  const rowTags = (row: SendingTradeOff) =>
    [
      isAt(row, settings.defaultSendingThreshold) && t('hub.tradeOff.default'),
      row === inForcePoint && (inForceExactly ? t('hub.tradeOff.inForce') : t('hub.tradeOff.belowInForce', { value: thresholdPercent(settings.sendingThreshold) })),
    ].filter((tag) => tag !== false);
  const rowName = (row: SendingTradeOff, name: string) => {
    const tags = rowTags(row);
    return (
      <>
        {name}
        {tags.length > 0 && (
          <Text span size="xs" fw={400} c="gray.7">
            {' '}
            ({tags.join('; ')})
          </Text>
        )}
      </>
    );
  };
  const inForceNote = !inForcePoint
    ? t('hub.tradeOff.inForceNote', { value: thresholdPercent(settings.sendingThreshold) })
    : inForceExactly
      ? t('hub.tradeOff.inForceNoteMarked', { value: thresholdPercent(settings.sendingThreshold) })
      : t('hub.tradeOff.inForceNoteBetween', { value: thresholdPercent(settings.sendingThreshold), row: percent(inForcePoint.threshold) });
  // The threshold typed, as a share; null while the text is not a number the field takes.
  // Untouched: exactly the value in force. Typed: the percentage as a share, without a float's noise (43.5 / 100).
  const reading = readDecimal(value, places);
  const next = typed === null ? settings.sendingThreshold : reading && 'value' in reading ? Number((reading.value / 100).toFixed(places + 2)) : null;
  // What it would buy, while it is a threshold the API takes.
  const typedPoint = next !== null && next >= MIN_PERCENT / 100 && next <= MAX_PERCENT / 100 ? tradeOffAt(points, next) : null;

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      // Not a number at all: the field's own check (DecimalInput's) has refused the form beside it before this.
      if (next === null) return;
      setKept(false);
      // A lowered threshold sends at once every stored pair not sent yet that reaches it (an
      // import can leave thousands), and nothing sent is taken back: say how many, and ask.
      if (next >= MIN_PERCENT / 100 && next < settings.sendingThreshold) {
        const { data } = await client.query({ query: UnsentPairsReachingQuery, variables: { sendingThreshold: next }, fetchPolicy: 'network-only' });
        const count = data?.unsentPairsReaching ?? 0;
        const lowered = thresholdPercent(next);
        if (
          count > 0 &&
          !(await ask({
            title: t('hub.thresholdLowerTitle', { value: lowered }),
            message: t('hub.thresholdLowerConfirm', { count, number: new Intl.NumberFormat(locale(i18n.language)).format(count), value: lowered }),
            confirm: t('hub.thresholdLowerSubmit'),
          }))
        ) {
          // Nothing changed: the field goes back to the value in force (with its estimate) rather
          // than keep the declined one as if it were.
          setTyped(null);
          setKept(true);
          refocusSave.current = true;
          return;
        }
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
      // The field shows the value now in force, as the page's query has it.
      setTyped(null);
      setSaved((last) => ({ count: (last?.count ?? 0) + 1, threshold: updated?.sendingThreshold ?? next }));
    }, event.currentTarget);
  };

  const changed = settings.sendingThresholdUpdatedAt
    ? t('hub.thresholdChanged', {
        date: formatDateTime(settings.sendingThresholdUpdatedAt, i18n.language),
        who: settings.sendingThresholdUpdatedBy ?? t('hub.thresholdChangedBySomeone'),
      })
    : t('hub.thresholdShipped');

  return (
    <Stack gap="sm">
      <Stack component="form" {...NO_BROWSER_CHECK} ref={formRef} gap="sm" onSubmit={submit} aria-labelledby="hub-sending-threshold">
        <Title order={3} size="h4" id="hub-sending-threshold">
          {t('hub.sendingThreshold')}
        </Title>
        {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
        <DecimalInput
          name="sendingThreshold"
          label={t('hub.sendingThresholdInput')}
          description={t('hub.sendingThresholdHint', { shipped: thresholdPercent(settings.defaultSendingThreshold) })}
          required
          min={MIN_PERCENT}
          max={MAX_PERCENT}
          decimals={places}
          rightSection="%"
          value={value}
          error={errors.sendingThreshold}
          onChange={(text) => {
            setSaved(null);
            setKept(false);
            fieldChanged('sendingThreshold');
            setTyped(text);
          }}
          // The hint as wide as a line reads well, the box as wide as a percentage: at 220 px
          // for both, the hint took six lines on a computer's screen.
          maw="40rem"
          classNames={{ wrapper: classes.thresholdBox }}
        />
        {typedPoint && next !== null && (
          <Text size="sm" aria-live="polite">
            {/* Said of the needs measured in full: the table that names them comes only after it. */}
            {t('hub.thresholdEstimate', {
              count: tradeOffs?.needs ?? 0,
              needs: count(tradeOffs?.needs ?? 0),
              // A value between two measured points is read off the one below it: said so, or
              // the 43 % row's figures read as measured at 43,5 %.
              value:
                Math.abs(typedPoint.threshold - next) < 1e-9
                  ? thresholdPercent(next)
                  : t('hub.thresholdEstimateBelow', { row: percent(typedPoint.threshold), value: thresholdPercent(next) }),
              sent: count(typedPoint.pairsSent),
              good: percent(typedPoint.sentGood),
              perfect: percent(typedPoint.perfectPairsSent),
              quiet: percent(typedPoint.needsLeftQuiet),
            })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {changed}
        </Text>
        {/* Said, not focused: the focus goes back to Save, where the reader was. */}
        {kept && (
          <Text size="sm" role="status">
            {t('hub.thresholdKept', { value: thresholdPercent(settings.sendingThreshold) })}
          </Text>
        )}
        {saved && <FocusedStatus key={saved.count}>{t('hub.thresholdSaved', { value: thresholdPercent(saved.threshold) })}</FocusedStatus>}
        <Group gap="sm">
          <Button type="submit" ref={saveButton} loading={submitting} disabled={submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
      {dialog}
      {tradeOffs && (
        <Stack gap="xs">
          <Text size="sm">{inForceNote}</Text>
          <FiguresTable
            label={caption}
            caption={caption}
            rows={rows}
            rowKey={(row) => row.threshold}
            rowHeader
            striped
            current={(row) => row === inForcePoint}
            name={{ header: t('hub.tradeOff.threshold'), cell: (row) => rowName(row, percent(row.threshold)) }}
            cardTitle={(row) => rowName(row, t('hub.tradeOff.row', { threshold: percent(row.threshold) }))}
            columns={[
              { header: t('hub.tradeOff.sent'), cell: (row) => count(row.pairsSent) },
              { header: t('hub.tradeOff.good'), cell: (row) => percent(row.sentGood) },
              { header: t('hub.tradeOff.perfect'), cell: (row) => percent(row.perfectPairsSent) },
              { header: t('hub.tradeOff.quiet'), cell: (row) => percent(row.needsLeftQuiet) },
            ]}
          />
        </Stack>
      )}
    </Stack>
  );
}
