import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../app/ConfirmDialog';
import { MunicipalitySelect, textOrNull, ThemeCheckboxes, WebsiteInput } from '../../forms/controls';
import controls from '../../forms/controls.module.css';
import { FORM_SUMMARY } from '../../forms/focus-first-error';
import { useSubmitOnce } from '../../forms/use-submit-once';
import { withScheme } from '../../forms/website';
import type { Sector } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import { locale } from '../../i18n/language';
import { SECTORS } from '../../reference-data/enums';
import { CreateOrganizationMutation } from '../graphql/mutations/createOrganization';
import { OrganizationsWithoutMembersQuery } from '../graphql/queries/organizationsWithoutMembers';
import { type RegisteredTwin, spacedAsStored, useRegisteredTwins } from '../hooks/use-registered-twins';
import { type SimilarOrganization, useSimilarOrganizations } from '../hooks/use-similar-organizations';
import { InvitationSentNotice, type SentInvitation } from '../../settings/components/InvitationSentNotice';
import { InviteeFieldset, useFirstInvitation } from './FirstInvitation';
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

const EMPTY_ORGANIZATION: OrganizationValues = { name: '', sector: '', municipalityCode: '', email: '', registrationNumber: '', taxNumber: '', website: '', themeCodes: [] };
// CreateOrganizationInput's fields, as the inputs are named.
const ORGANIZATION_FIELDS = Object.keys(EMPTY_ORGANIZATION);
const OPTIONAL_FIELDS = ['email', 'registrationNumber', 'taxNumber', 'website'] as const;

/**
 * Registers an organization (createOrganization, hub staff only) and invites its first person
 * (inviteMember with the new id). When the organization is in but the invitation failed, only
 * the invitation is sent again: the organization is never created twice. One already registered
 * under the very same name and seat is named in a question first: the similar-name warning under
 * the field was passed over, and "Občina Naklo" stood twice in the list.
 */
export function RegisterOrganization() {
  const { t, i18n } = useTranslation();
  const [createOrganization] = useMutation(CreateOrganizationMutation, { refetchQueries: ['UnverifiedOrganizations', 'OrganizationsWithoutMembers'] });
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(ORGANIZATION_FIELDS);
  // A pending invitation of the new organization is listed under "Organizations without members", not beside this form.
  const invitation = useFirstInvitation('withoutMembers');
  const [organization, setOrganization] = useState<OrganizationValues>(EMPTY_ORGANIZATION);
  const similar = useSimilarOrganizations(organization.name);
  const findTwins = useRegisteredTwins();
  const { ask, dialog } = useConfirm();
  // A look-up of twins under way: a second press waits for it, as run() makes a second wait.
  const checking = useRef(false);
  // The organization created whose invitation is still to be sent.
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [registered, setRegistered] = useState<(SentInvitation & { name: string }) | null>(null);
  // Whether the invitation will be e-mailed, said before the click: with e-mail off, "Registriraj
  // in povabi" and "Pošlji povabilo znova" had staff wait for an e-mail that never went. Read from
  // what "Organizations without members" asked (never asked again); until it answers, nothing
  // here promises an e-mail.
  const { data: withoutMembers } = useQuery(OrganizationsWithoutMembersQuery, { fetchPolicy: 'cache-only' });
  const emailed = withoutMembers?.invitationsEmailed;
  const deliveryId = useId();

  const update = <Key extends keyof OrganizationValues>(key: Key, value: OrganizationValues[Key]) => {
    fieldChanged(key);
    setOrganization((values) => ({ ...values, [key]: value }));
  };

  /** Whether to register it: yes, unless the same name is seated there already and staff keep it at that. */
  const confirmedUnique = async (): Promise<boolean> => {
    if (checking.current || submitting) return false;
    checking.current = true;
    let twins: RegisteredTwin[];
    try {
      twins = await findTwins(organization.name, organization.municipalityCode);
    } finally {
      checking.current = false;
    }
    if (twins.length === 0) return true;
    const names = new Intl.ListFormat(locale(i18n.language), { type: 'conjunction' }).format(
      twins.map((twin) =>
        t('hub.duplicateName', { name: twin.name, date: formatDateTime(twin.createdAt, i18n.language), status: t(twin.verified ? 'hub.isVerified' : 'hub.notVerified') }),
      ),
    );
    return ask({
      title: t('hub.duplicateTitle', { name: spacedAsStored(organization.name), municipality: twins[0].municipality.name }),
      message: t('hub.duplicateConfirm', { count: twins.length, names }),
      confirm: t('hub.duplicateSubmit'),
    });
  };

  const submit = async (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    // Asked before run(): the dialog gives the focus back to the button that sent the form,
    // which run() would have disabled.
    if (!created && !(await confirmedUnique())) return;
    void run(async () => {
      setRegistered(null);
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
              website: textOrNull(withScheme(organization.website.trim())),
              themeCodes: organization.themeCodes.length ? organization.themeCodes : null,
            },
          },
        });
        if (!data) throw new Error('createOrganization answered without data');
        target = { id: data.createOrganization.id, name: data.createOrganization.name };
      }
      const sent = await invitation.send(target, form);
      // Refused: from now on the form sends the invitation alone, the organization exists.
      setCreated(sent ? null : target);
      setOrganization(EMPTY_ORGANIZATION);
      similar.forget();
      if (sent) setRegistered({ ...sent, name: target.name });
    });
  };

  const startOver = () => {
    setCreated(null);
    invitation.reset();
  };

  /** The props every text input of the organization shares: its name, value, error and change. */
  const text = (field: (typeof OPTIONAL_FIELDS)[number]) => ({
    name: field,
    value: organization[field],
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => update(field, event.currentTarget.value),
  });

  const optionalOpen = OPTIONAL_FIELDS.some((name) => organization[name] !== '' || Boolean(errors[name]));

  return (
    <Stack gap="md">
      {registered && (
        <InvitationSentNotice sent={registered}>{t(registered.emailed ? 'hub.registered' : 'hub.registeredNotEmailed', { name: registered.name, email: registered.email })}</InvitationSentNotice>
      )}
      <Stack
        component="form"
        gap="md"
        className={classes.registerForm}
        aria-labelledby="hub-register"
        onSubmit={(event) => void submit(event)}
        ref={(node: HTMLElement | null) => {
          formRef(node);
          invitation.formRef(node);
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
            {invitation.failure && <Text size="sm">{invitation.failure}</Text>}
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
              onBlur={similar.settle}
              // Organizations that already have a name like it: a warning under the field, not an
              // error, so submitting stays possible. The element is always there (empty without
              // a match) for screen readers to announce what appears in it.
              inputWrapperOrder={['label', 'input', 'error', 'description']}
              description={<SimilarNames organizations={similar.organizations} />}
              descriptionProps={{ 'aria-live': 'polite', className: classes.similarNames }}
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
                {/* A phone's number pad, for the 8 digits typed; "SI" cannot be typed there, so the hint leaves it out (a pasted one the API takes off). */}
                <TextInput {...text('taxNumber')} inputMode="numeric" label={t('hub.taxNumber')} description={t('form.taxNumberHint')} />
                <WebsiteInput {...text('website')} label={t('hub.website')} />
              </Stack>
            </details>
            <ThemeCheckboxes value={organization.themeCodes} error={errors.themeCodes} onChange={(value) => update('themeCodes', value)} />
          </>
        )}
        <InviteeFieldset {...invitation.fieldset} />
        {/* The hub gets the link either way (CreatedInvitation.token), to pass on by hand. */}
        {emailed !== undefined && (
          <Text size="sm" id={deliveryId}>
            {t(emailed ? 'invitationDelivery.emailedWithLink' : 'invitationDelivery.notEmailed')}
          </Text>
        )}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" size="md" loading={submitting} disabled={submitting} aria-describedby={emailed === undefined ? undefined : deliveryId}>
            {created ? t(emailed ? 'hub.retryInvitation' : 'hub.retryInvitationNotEmailed') : t(emailed === false ? 'hub.registerSubmitNotEmailed' : 'hub.registerSubmit')}
          </Button>
          {created && (
            <Button type="button" size="md" variant="outline" disabled={submitting} onClick={startOver}>
              {t('hub.startOver')}
            </Button>
          )}
        </Group>
      </Stack>
      {dialog}
    </Stack>
  );
}

/** "A similar name is already registered: »Name« (Municipality), …", or nothing. */
function SimilarNames({ organizations }: { organizations: SimilarOrganization[] }) {
  const { t, i18n } = useTranslation();
  if (organizations.length === 0) return null;
  const names = new Intl.ListFormat(locale(i18n.language), { type: 'conjunction' }).format(
    organizations.map((organization) => t('hub.similarName', { name: organization.name, municipality: organization.municipality.name })),
  );
  return t('hub.similarNames', { count: organizations.length, names });
}
