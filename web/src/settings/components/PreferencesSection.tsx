import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { useSession } from '../../app/session';
import { ThemeCheckboxes } from '../../forms/controls';
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

interface Values {
  frequency: DigestFrequency;
  /** A percentage as typed; '' is the service-wide threshold. */
  minScore: string;
  themeCodes: string[];
  municipalityCodes: string[];
  language: MessageLanguage;
}

export function PreferencesSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
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
        minScore: preferences.minScore === null || preferences.minScore === undefined ? '' : String(Math.round(preferences.minScore * 100)),
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

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (!values) return;
    void run(async () => {
      await save({
        variables: {
          input: {
            organizationId,
            frequency: values.frequency,
            minScore: values.minScore.trim() === '' ? null : Number(values.minScore) / 100,
            themeCodes: values.themeCodes,
            municipalityCodes: values.municipalityCodes,
            language: values.language,
          },
        },
      });
      setSaved((count) => count + 1);
    });
  };

  return (
    <SettingsSection id="settings-preferences" title={t('settings.preferences')}>
      {loading && !data ? (
        <PageLoader />
      ) : error || !values ? (
        <ErrorNotice error={error} />
      ) : (
        <Stack component="form" ref={formRef} gap="sm" onSubmit={submit} aria-labelledby="settings-preferences">
          {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
          <NativeSelect
            name="frequency"
            label={t('settings.frequency')}
            value={values.frequency}
            error={errors.frequency}
            onChange={(event) => update('frequency', event.currentTarget.value as DigestFrequency)}
            data={FREQUENCIES.map((value) => ({ value, label: t(`frequency.${value}`) }))}
          />
          <TextInput
            type="number"
            name="minScore"
            label={t('settings.minScore')}
            description={t('settings.minScoreHint')}
            min={0}
            max={100}
            step={1}
            rightSection="%"
            value={values.minScore}
            error={errors.minScore}
            onChange={(event) => update('minScore', event.currentTarget.value)}
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
