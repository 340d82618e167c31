import { Alert, Button, Code, CopyButton, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalitySelect, textOrNull, ThemeCheckboxes } from '../../forms/controls';
import controls from '../../forms/controls.module.css';
import { type FieldErrors, fieldErrorsOf } from '../../forms/field-errors';
import { FORM_SUMMARY, useErrorFocus } from '../../forms/focus-first-error';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { MessageLanguage, Role, Sector } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import { SECTORS } from '../../reference-data/enums';
import { CreateOrganizationMutation } from '../graphql/mutations/createOrganization';
import { InviteFirstMemberMutation } from '../graphql/mutations/inviteFirstMember';
import classes from '../pages/hub.module.css';

interface OrganizationValues {
  name: string;
  sector: Sector | '';
  municipalityCode: string;
  email: string;
  registrationNumber: string;
  taxNumber: string;
  website: string;
  themeCodes: string[];
}

interface InviteeValues {
  email: string;
  role: Role;
  language: MessageLanguage;
}

const EMPTY_ORGANIZATION: OrganizationValues = { name: '', sector: '', municipalityCode: '', email: '', registrationNumber: '', taxNumber: '', website: '', themeCodes: [] };
const EMPTY_INVITEE: InviteeValues = { email: '', role: 'ADMIN', language: 'SL' };
// CreateOrganizationInput's fields, as the inputs are named.
const ORGANIZATION_FIELDS = Object.keys(EMPTY_ORGANIZATION);
const OPTIONAL_FIELDS = ['email', 'registrationNumber', 'taxNumber', 'website'] as const;
const ROLES: Role[] = ['ADMIN', 'MEMBER'];
const LANGUAGES: MessageLanguage[] = ['SL', 'EN'];
// The invitee's inputs are named apart from the organization's own contact e-mail ("email"):
// InviteMemberInput's field → the input's name.
const INVITEE_INPUT: Record<string, string> = { email: 'inviteeEmail', role: 'inviteeRole', language: 'inviteeLanguage' };

interface Registered {
  name: string;
  email: string;
  link: string;
  expiresAt: string;
}

/** The sign-up link the invitation e-mail carries (the API's AccountMail), to pass on by hand. */
const signUpLink = (token: string, language: MessageLanguage) => `${window.location.origin}/signup?token=${encodeURIComponent(token)}${language === 'EN' ? '&lang=en' : ''}`;

/** The invitation's field errors under the form's own names for them. */
function inviteeErrorsOf(fields: FieldErrors | null): FieldErrors {
  const named: FieldErrors = {};
  for (const [name, message] of Object.entries(fields ?? {})) if (INVITEE_INPUT[name]) named[INVITEE_INPUT[name]] = message;
  return named;
}

/**
 * Registers an organization (createOrganization, hub staff only) and invites its first person
 * (inviteMember with the new id). When the organization is in but the invitation failed, only
 * the invitation is sent again: the organization is never created twice.
 */
export function RegisterOrganization() {
  const { t, i18n } = useTranslation();
  const [createOrganization] = useMutation(CreateOrganizationMutation, { refetchQueries: ['UnverifiedOrganizations'] });
  const [inviteMember] = useMutation(InviteFirstMemberMutation);
  const { run, submitting, errors, formError, formRef } = useSubmitOnce(ORGANIZATION_FIELDS);
  const invitationFocus = useErrorFocus();
  const [organization, setOrganization] = useState<OrganizationValues>(EMPTY_ORGANIZATION);
  const [invitee, setInvitee] = useState<InviteeValues>(EMPTY_INVITEE);
  // The organization created whose invitation is still to be sent.
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  // What refused the invitation, kept as it came: worded at each render, in the reader's
  // language of the moment (as useSubmitOnce does for the organization's fields).
  const [inviteError, setInviteError] = useState<{ error: unknown } | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (registered) statusRef.current?.focus();
  }, [registered]);

  const update = <Key extends keyof OrganizationValues>(key: Key, value: OrganizationValues[Key]) => setOrganization((values) => ({ ...values, [key]: value }));
  const updateInvitee = <Key extends keyof InviteeValues>(key: Key, value: InviteeValues[Key]) => setInvitee((values) => ({ ...values, [key]: value }));

  /** What stopped the invitation, in the reader's words; the fields' own errors go under them. */
  const failureOf = (error: unknown, fields: FieldErrors | null): string => {
    if (fields) {
      const unknown = Object.entries(fields).filter(([name]) => !INVITEE_INPUT[name]);
      return [t('errors.fixFields'), ...unknown.map(([, message]) => message)].join(' ');
    }
    if (!CombinedGraphQLErrors.is(error)) return t('errors.network');
    const code = error.errors[0]?.extensions?.code;
    return t(code === 'FORBIDDEN' ? 'errors.forbidden' : code === 'RATE_LIMITED' ? 'errors.rateLimited' : 'errors.generic');
  };

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(async () => {
      setRegistered(null);
      setInviteError(null);
      let target = created;
      if (!target) {
        const { data } = await createOrganization({
          variables: {
            input: {
              name: organization.name.trim(),
              sector: organization.sector as Sector,
              municipalityCode: organization.municipalityCode,
              email: textOrNull(organization.email.trim()),
              registrationNumber: textOrNull(organization.registrationNumber.trim()),
              taxNumber: textOrNull(organization.taxNumber.trim()),
              website: textOrNull(organization.website.trim()),
              themeCodes: organization.themeCodes.length ? organization.themeCodes : null,
            },
          },
        });
        if (!data) throw new Error('createOrganization answered without data');
        target = { id: data.createOrganization.id, name: data.createOrganization.name };
      }
      try {
        const { data } = await inviteMember({ variables: { input: { organizationId: target.id, email: invitee.email.trim(), role: invitee.role, language: invitee.language } } });
        if (!data) throw new Error('inviteMember answered without data');
        setRegistered({
          name: target.name,
          email: data.inviteMember.invitation.email,
          link: signUpLink(data.inviteMember.token, invitee.language),
          expiresAt: data.inviteMember.invitation.expiresAt,
        });
        setCreated(null);
        setOrganization(EMPTY_ORGANIZATION);
        setInvitee(EMPTY_INVITEE);
      } catch (error) {
        // From now on the form sends the invitation alone: the organization exists.
        setCreated(target);
        setOrganization(EMPTY_ORGANIZATION);
        setInviteError({ error });
        invitationFocus.focusErrors(Object.keys(inviteeErrorsOf(fieldErrorsOf(error, t))), form);
      }
    });
  };

  const startOver = () => {
    setCreated(null);
    setInviteError(null);
    setInvitee(EMPTY_INVITEE);
  };

  /** The props every text input of the organization shares: its name, value, error and change. */
  const text = (field: (typeof OPTIONAL_FIELDS)[number]) => ({
    name: field,
    value: organization[field],
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => update(field, event.currentTarget.value),
  });

  const inviteFields = inviteError ? fieldErrorsOf(inviteError.error, t) : null;
  const inviteErrors = inviteeErrorsOf(inviteFields);
  const inviteFailure = inviteError ? failureOf(inviteError.error, inviteFields) : null;

  const optionalOpen = OPTIONAL_FIELDS.some((name) => organization[name] !== '' || Boolean(errors[name]));

  return (
    <Stack gap="md">
      {registered && (
        <Alert color="teal" role="status" tabIndex={-1} ref={statusRef} className={classes.status}>
          <Text size="sm" fw={600}>
            {t('hub.registered', { name: registered.name, email: registered.email })}
          </Text>
          <Text size="sm" mt="xs" id="hub-register-link">
            {t('hub.signUpLink', { date: formatDateTime(registered.expiresAt, i18n.language) })}
          </Text>
          <Code block className={classes.secret} my="xs" aria-labelledby="hub-register-link">
            {registered.link}
          </Code>
          <CopyButton value={registered.link}>
            {({ copied, copy }) => (
              <Button size="md" color={copied ? 'teal.9' : undefined} onClick={copy}>
                {copied ? t('hub.linkCopied') : t('hub.copyLink')}
              </Button>
            )}
          </CopyButton>
        </Alert>
      )}
      <Stack
        component="form"
        gap="md"
        className={classes.registerForm}
        aria-labelledby="hub-register"
        onSubmit={submit}
        ref={(node: HTMLElement | null) => {
          formRef(node);
          invitationFocus.formRef(node);
        }}
      >
        <Text size="xs" c="dimmed">
          {t('hub.requiredLegend')}
        </Text>
        {formError && (
          <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
            {formError}
          </Alert>
        )}
        {created ? (
          <Alert color="orange" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
            <Text size="sm" fw={600}>
              {t('hub.invitationFailed', { name: created.name })}
            </Text>
            {inviteFailure && <Text size="sm">{inviteFailure}</Text>}
            <Text size="sm">{t('hub.retryHint')}</Text>
          </Alert>
        ) : (
          <>
            <TextInput
              name="name"
              label={t('hub.organizationName')}
              required
              minLength={2}
              maxLength={200}
              autoComplete="organization"
              value={organization.name}
              error={errors.name}
              onChange={(event) => update('name', event.currentTarget.value)}
            />
            <NativeSelect
              name="sector"
              label={t('hub.sector')}
              required
              value={organization.sector}
              error={errors.sector}
              onChange={(event) => update('sector', event.currentTarget.value as Sector)}
              data={[{ value: '', label: t('hub.chooseSector') }, ...SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))]}
            />
            <MunicipalitySelect
              name="municipalityCode"
              label={t('hub.seat')}
              value={organization.municipalityCode}
              error={errors.municipalityCode}
              onChange={(value) => update('municipalityCode', value)}
            />
            <details className={controls.details} open={optionalOpen}>
              <summary>{t('hub.moreDetails')}</summary>
              <Stack gap="sm" mt={4}>
                <TextInput {...text('email')} type="email" label={t('hub.contactEmail')} description={t('hub.contactEmailHint')} />
                <TextInput {...text('registrationNumber')} inputMode="numeric" label={t('hub.registrationNumber')} />
                <TextInput {...text('taxNumber')} inputMode="numeric" label={t('hub.taxNumber')} />
                <TextInput {...text('website')} type="url" placeholder="https://" label={t('hub.website')} />
              </Stack>
            </details>
            <ThemeCheckboxes value={organization.themeCodes} error={errors.themeCodes} onChange={(value) => update('themeCodes', value)} />
          </>
        )}
        <Fieldset legend={t('hub.firstPerson')} variant="unstyled" className={controls.fieldset}>
          <Stack gap="sm">
            <TextInput
              name="inviteeEmail"
              type="email"
              label={t('hub.inviteeEmail')}
              required
              autoComplete="off"
              value={invitee.email}
              error={inviteErrors.inviteeEmail}
              onChange={(event) => updateInvitee('email', event.currentTarget.value)}
            />
            <NativeSelect
              name="inviteeRole"
              label={t('hub.inviteeRole')}
              value={invitee.role}
              error={inviteErrors.inviteeRole}
              onChange={(event) => updateInvitee('role', event.currentTarget.value as Role)}
              data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
            />
            <NativeSelect
              name="inviteeLanguage"
              label={t('hub.inviteeLanguage')}
              value={invitee.language}
              error={inviteErrors.inviteeLanguage}
              onChange={(event) => updateInvitee('language', event.currentTarget.value as MessageLanguage)}
              data={LANGUAGES.map((value) => ({ value, label: t(`messageLanguage.${value}`) }))}
            />
          </Stack>
        </Fieldset>
        <Group gap="sm" wrap="wrap">
          <Button type="submit" size="md" loading={submitting} disabled={submitting}>
            {created ? t('hub.retryInvitation') : t('hub.registerSubmit')}
          </Button>
          {created && (
            <Button type="button" size="md" variant="outline" disabled={submitting} onClick={startOver}>
              {t('hub.startOver')}
            </Button>
          )}
        </Group>
      </Stack>
    </Stack>
  );
}
