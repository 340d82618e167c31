import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { useSession } from '../../app/session';
import { DecimalInput, ThemeCheckboxes } from '../../forms/controls';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { decimalPlaces, formatDecimal, readDecimal } from '../../forms/decimal';
import { ServiceAreaPicker } from '../../forms/ServiceAreaPicker';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { DigestFrequency, MessageLanguage } from '../../graphql/graphql';
import { UpdateSuggestionPreferencesMutation } from '../graphql/mutations/updateSuggestionPreferences';
import { SuggestionPreferencesQuery } from '../graphql/queries/suggestionPreferences';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import { SettingsSection } from './SettingsSection';

const FREQUENCIES: DigestFrequency[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER'];
const LANGUAGES: MessageLanguage[] = ['SL', 'EN'];
const FIELDS = ['frequency', 'minScore', 'themeCodes', 'municipalityCodes', 'language'];
// The lowest chance is typed as a percentage to a tenth (42,5), as the hub's sending threshold.
const MIN_SCORE_DECIMALS = 1;
// Past these places of a percentage a stored value is a float's noise, not a preference.
const MOST_PLACES = 6;

interface Values {
  frequency: DigestFrequency;
  /**
   * A percentage as typed ('' is the service-wide threshold); null: not touched, the value read
   * is shown (in the reader's language, with as many places as it has) and saved back as it
   * was read. Rounded to a whole percent, 0.425 was shown as 43 and a save of any other field
   * stored 0.43.
   */
  minScore: string | null;
  themeCodes: string[];
  municipalityCodes: string[];
  language: MessageLanguage;
}

export function PreferencesSection({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  // The organization's own region is the one added with one tap (hub staff acting for another: none).
  const homeCode = me.memberships.find((membership) => membership.organization.id === organizationId)?.organization.municipality.code;
  const { data, loading, error } = useQuery(SuggestionPreferencesQuery, { variables: { organizationId } });
  const [save] = useMutation(UpdateSuggestionPreferencesMutation);
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(FIELDS);
  const [values, setValues] = useState<Values | null>(null);
  // A count, so that each save's message is a new one (announced and focused again); 0: none shown.
  const [saved, setSaved] = useState(0);

  const preferences = data?.suggestionPreferences;
  useEffect(() => {
    if (preferences) {
      setValues({
        frequency: preferences.frequency,
        minScore: null,
        themeCodes: preferences.themeCodes,
        municipalityCodes: preferences.municipalityCodes,
        language: preferences.language,
      });
    }
  }, [preferences]);

  const update = <Key extends keyof Values>(key: Key, value: Values[Key]) => {
    setSaved(0);
    fieldChanged(key);
    setValues((current) => (current ? { ...current, [key]: value } : current));
  };

  // The lowest chance as read (null: the service-wide threshold), as a percentage, and the places it needs.
  const readScore = preferences?.minScore ?? null;
  const readPercent = readScore === null ? null : readScore * 100;
  // A value set through the API may have more places than one types here: it is shown with them.
  const places = Math.max(MIN_SCORE_DECIMALS, readPercent === null ? 0 : decimalPlaces(readPercent, MOST_PLACES));
  const minScoreText = values?.minScore ?? (readPercent === null ? '' : formatDecimal(readPercent, i18n.language, places));
  const minScoreReading = readDecimal(minScoreText, places);

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (!values) return;
    // Untouched: exactly what was read. Typed: the percentage as a share, without a float's noise (42.5 / 100).
    const minScore = values.minScore === null ? readScore : minScoreReading && 'value' in minScoreReading ? Number((minScoreReading.value / 100).toFixed(places + 2)) : null;
    void run(async () => {
      // Not a number the field takes: its own check (DecimalInput's) has refused the form beside it before this.
      if (minScoreReading && 'problem' in minScoreReading) return;
      await save({
        variables: {
          input: {
            organizationId,
            frequency: values.frequency,
            minScore,
            themeCodes: values.themeCodes,
            municipalityCodes: values.municipalityCodes,
            language: values.language,
          },
        },
      });
      setSaved((count) => count + 1);
    }, event.currentTarget);
  };

  return (
    <SettingsSection id="settings-preferences" title={t('settings.preferences')}>
      {loading && !data ? (
        <PageLoader />
      ) : error || !values ? (
        <ErrorNotice error={error} />
      ) : (
        <Stack component="form" {...NO_BROWSER_CHECK} ref={formRef} gap="sm" onSubmit={submit} aria-labelledby="settings-preferences">
          {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
          <NativeSelect
            name="frequency"
            label={t('settings.frequency')}
            value={values.frequency}
            error={errors.frequency}
            onChange={(event) => update('frequency', event.currentTarget.value as DigestFrequency)}
            data={FREQUENCIES.map((value) => ({ value, label: t(`frequency.${value}`) }))}
          />
          {/* Not a number field: "42,5" is read whatever the browser's language (a Slovenian one
              read a number field's "42,5" as 425), and min, max and places are checked as typed. */}
          <DecimalInput
            name="minScore"
            label={t('settings.minScore')}
            description={t('settings.minScoreHint')}
            min={0}
            max={100}
            decimals={places}
            rightSection="%"
            value={minScoreText}
            error={errors.minScore}
            onChange={(text) => update('minScore', text)}
          />
          <ThemeCheckboxes value={values.themeCodes} error={errors.themeCodes} onChange={(value) => update('themeCodes', value)} />
          <ServiceAreaPicker
            name="municipalityCodes"
            label={t('settings.municipalities')}
            hint={t('settings.municipalitiesHint')}
            none={t('settings.municipalitiesNone')}
            homeCode={homeCode}
            value={values.municipalityCodes}
            error={errors.municipalityCodes}
            onChange={(value) => update('municipalityCodes', value)}
          />
          <NativeSelect
            name="language"
            label={t('settings.language')}
            value={values.language}
            error={errors.language}
            onChange={(event) => update('language', event.currentTarget.value as MessageLanguage)}
            data={LANGUAGES.map((value) => ({ value, label: t(`messageLanguage.${value}`) }))}
          />
          {saved > 0 && <FocusedStatus key={saved}>{t('settings.saved')}</FocusedStatus>}
          <Group gap="sm">
            <Button type="submit" loading={submitting} disabled={submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </SettingsSection>
  );
}
