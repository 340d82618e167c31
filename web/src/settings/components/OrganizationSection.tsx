import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { MunicipalitySelect, ThemeCheckboxes, WebsiteInput } from '../../forms/controls';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { withScheme } from '../../forms/website';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { OrganizationProfileFieldsFragment, UpdateOrganizationInput } from '../../graphql/graphql';
import { UpdateOrganizationMutation } from '../graphql/mutations/updateOrganization';
import { OrganizationProfileQuery } from '../graphql/queries/organizationProfile';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import { SettingsSection } from './SettingsSection';

// UpdateOrganizationInput's fields, in the order of the form (the first error is focused).
const TEXT_FIELDS = ['name', 'description', 'email', 'contactName', 'phone', 'website', 'registrationNumber', 'taxNumber'] as const;
const FIELDS = [...TEXT_FIELDS, 'municipalityCode', 'themeCodes'];

type TextField = (typeof TEXT_FIELDS)[number];
type Values = Record<TextField, string> & { municipalityCode: string; themeCodes: string[] };

function valuesOf(organization: OrganizationProfileFieldsFragment): Values {
  // The API names the organization as the contact when it has no contact person.
  const contactName = organization.contact?.name && organization.contact.name !== organization.name ? organization.contact.name : '';
  return {
    name: organization.name,
    description: organization.description ?? '',
    email: organization.contact?.email ?? '',
    contactName,
    phone: organization.contact?.phone ?? '',
    website: organization.website ?? '',
    registrationNumber: organization.registrationNumber ?? '',
    taxNumber: organization.taxNumber ?? '',
    municipalityCode: organization.municipality.code,
    themeCodes: organization.themes.map((theme) => theme.code),
  };
}

/**
 * Only what was changed is sent (fields left out keep their value): a save that did not touch
 * the name or the registry numbers leaves the hub's verification standing. An emptied optional
 * field is cleared (null); the name is required, and the API words an empty one.
 */
export function changesOf(initial: Values, values: Values): Omit<UpdateOrganizationInput, 'id'> {
  const changes: Omit<UpdateOrganizationInput, 'id'> = {};
  for (const field of TEXT_FIELDS) {
    const value = values[field].trim();
    if (value === initial[field].trim()) continue;
    changes[field] = value === '' && field !== 'name' ? null : value;
  }
  if (values.municipalityCode !== initial.municipalityCode) changes.municipalityCode = values.municipalityCode;
  const sameThemes = values.themeCodes.length === initial.themeCodes.length && values.themeCodes.every((code) => initial.themeCodes.includes(code));
  if (!sameThemes) changes.themeCodes = values.themeCodes;
  return changes;
}

/** The organization's profile: its admins (and the hub) edit it, members are told who can. */
export function OrganizationSection({ organizationId, admin }: { organizationId: string; admin: boolean }) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="settings-organization" title={t('settings.organization')}>
      {admin ? <OrganizationForm organizationId={organizationId} /> : <Text size="sm">{t('settings.adminsOnly')}</Text>}
    </SettingsSection>
  );
}

function OrganizationForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganizationProfileQuery, { variables: { id: organizationId } });
  const [save] = useMutation(UpdateOrganizationMutation);
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(FIELDS);
  const [initial, setInitial] = useState<Values | null>(null);
  const [values, setValues] = useState<Values | null>(null);
  // A count, so that each save's message is a new one (announced and focused again).
  const [saved, setSaved] = useState<{ count: number; unverified: boolean } | null>(null);

  const organization = data?.organization;
  useEffect(() => {
    if (organization) {
      const next = valuesOf(organization);
      setInitial(next);
      setValues(next);
    }
  }, [organization]);

  if (loading && !data) return <PageLoader />;
  if (error || !organization) return <ErrorNotice error={error} />;
  // The form's values are set from the organization just after it arrives.
  if (!values || !initial) return <PageLoader />;

  const update = <Key extends keyof Values>(key: Key, value: Values[Key]) => {
    fieldChanged(key);
    setValues((current) => (current ? { ...current, [key]: value } : current));
  };
  const text = (field: TextField) => ({
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => update(field, event.currentTarget.value),
  });

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    const changes = changesOf(initial, { ...values, website: withScheme(values.website) });
    void run(async () => {
      const wasVerified = organization.verified;
      const { data: result } = await save({ variables: { input: { id: organizationId, ...changes } } });
      // The form shows what the API stored, which may read otherwise than typed (a tax number
      // "SI 1234 5679" is kept as 12345679, a name's double spaces as one), and the next save
      // compares with it. The effect above misses it when nothing stored changed: the query's
      // answer stays the same then.
      if (result) {
        const stored = valuesOf(result.updateOrganization);
        setInitial(stored);
        setValues(stored);
      }
      setSaved((current) => ({
        count: (current?.count ?? 0) + 1,
        unverified: wasVerified && result?.updateOrganization.verified === false,
      }));
    }, event.currentTarget);
  };

  return (
    <Stack component="form" {...NO_BROWSER_CHECK} ref={formRef} gap="sm" onSubmit={submit} aria-labelledby="settings-organization">
      {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
      <TextInput {...text('name')} label={t('settings.organizationName')} required description={organization.verified ? t('settings.identityHint') : undefined} />
      <Textarea {...text('description')} label={t('form.description')} description={t('settings.organizationDescriptionHint')} autosize minRows={3} maxRows={12} />
      <TextInput {...text('email')} type="email" autoComplete="email" label={t('settings.contactEmail')} description={t('settings.contactEmailHint')} />
      <TextInput {...text('contactName')} autoComplete="name" label={t('settings.contactName')} description={t('settings.contactNameHint')} />
      <TextInput {...text('phone')} type="tel" autoComplete="tel" label={t('settings.phone')} />
      <WebsiteInput {...text('website')} label={t('settings.website')} />
      <MunicipalitySelect name="municipalityCode" label={t('settings.seat')} value={values.municipalityCode} error={errors.municipalityCode} onChange={(value) => update('municipalityCode', value)} />
      <ThemeCheckboxes value={values.themeCodes} error={errors.themeCodes} hint={t('settings.organizationThemesHint')} onChange={(value) => update('themeCodes', value)} />
      <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput {...text('registrationNumber')} inputMode="numeric" label={t('settings.registrationNumber')} miw={160} />
        {/* A phone's number pad, for the 8 digits typed; "SI" cannot be typed there, so the hint leaves it out (a pasted one the API takes off). */}
        <TextInput {...text('taxNumber')} inputMode="numeric" label={t('settings.taxNumber')} description={t('form.taxNumberHint')} miw={160} />
      </Group>
      {saved && (
        <FocusedStatus key={saved.count}>{saved.unverified ? t('settings.organizationSavedUnverified') : t('settings.saved')}</FocusedStatus>
      )}
      <Group gap="sm">
        <Button type="submit" loading={submitting} disabled={submitting}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
