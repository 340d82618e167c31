import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { FORM_SUMMARY } from '../../forms/focus-first-error';
import { useSubmitOnce } from '../../forms/use-submit-once';
import { formatDateTime } from '../../i18n/format';
import { locale } from '../../i18n/language';
import { MemberList } from '../../settings/components/MemberList';
import { PendingInvitations } from '../../settings/components/PendingInvitations';
import { OrganizationPeopleQuery } from '../graphql/queries/organizationPeople';
import classes from '../pages/hub.module.css';
import { InvitationSentNotice, type SentInvitation } from '../../settings/components/InvitationSentNotice';
import { InviteeFieldset, useFirstInvitation } from './FirstInvitation';

// The invitation's refusals are the hook's to word: the form has no field of its own.
const NO_FIELDS: string[] = [];

/**
 * An organization's members, each made admin or member or removed as its admins do in
 * /settings (MemberList), and its pending invitations; one with no members (registered, its
 * invitation never sent or never accepted) gets its first person invited here, as the
 * registration form does.
 */
export function OrganizationPeople({ organizationId, name }: { organizationId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(OrganizationPeopleQuery, { variables: { organizationId }, fetchPolicy: 'network-only' });
  // Read again after an invitation: kept on the screen while that happens, or if it fails.
  if (!data) return error ? <ErrorNotice error={error} /> : <PageLoader />;
  const pending = (
    <PendingInvitations
      invitations={data.invitations}
      label={{ 'aria-label': t('hub.pendingInvitations', { name }) }}
      describe={(invitation) => t('hub.pendingInvitation', { email: invitation.email, date: formatDateTime(invitation.expiresAt, i18n.language) })}
      onWithdrawn={() => refetch().catch(() => undefined)}
    />
  );
  if (data.members.length > 0) {
    const count = data.members.length;
    // The same controls as the organization's admins have in /settings; staff are asked before each change.
    return (
      <Stack gap="sm">
        <Text size="sm">{t('hub.memberCount', { count, formatted: new Intl.NumberFormat(locale(i18n.language)).format(count) })}</Text>
        <MemberList organizationName={name} members={data.members} onChanged={() => refetch()} label={t('hub.members', { name })} confirmEach />
        {pending}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {t('hub.noMembers')}
      </Text>
      {pending}
      <InviteFirstPerson organizationId={organizationId} name={name} emailed={data.invitationsEmailed} onInvited={() => refetch().then(() => undefined, () => undefined)} />
    </Stack>
  );
}

/**
 * An organization's people behind a summary to open: read only when opened, so a list costs
 * one request for the organization staff look at, not one per row.
 */
export function OrganizationPeopleDetails({ organizationId, name }: { organizationId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className={`${classes.details} ${classes.people}`} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('hub.people')}</summary>
      {open && <OrganizationPeople organizationId={organizationId} name={name} />}
    </details>
  );
}

/** `emailed`: whether the invitation will be e-mailed (invitationsEmailed), said before it is made. */
function InviteFirstPerson({ organizationId, name, emailed, onInvited }: { organizationId: string; name: string; emailed: boolean; onInvited: () => Promise<void> }) {
  const { t } = useTranslation();
  const deliveryId = useId();
  // The organization's pending invitations, each with its withdraw button, are listed just above this form.
  const invitation = useFirstInvitation('above');
  const { run, submitting, formError, formRef } = useSubmitOnce(NO_FIELDS);
  const [sent, setSent] = useState<SentInvitation | null>(null);

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(async () => {
      setSent(null);
      const invited = await invitation.send({ id: organizationId, name }, form);
      if (!invited) return;
      setSent(invited);
      await onInvited();
    });
  };

  const failure = invitation.failure ?? formError;
  return (
    <Stack gap="sm">
      {sent && <InvitationSentNotice sent={sent}>{t(sent.emailed ? 'hub.invited' : 'hub.invitedNotEmailed', { name, email: sent.email })}</InvitationSentNotice>}
      <Stack
        component="form"
        gap="sm"
        className={classes.registerForm}
        aria-label={t('hub.inviteFirstPersonTo', { name })}
        onSubmit={submit}
        ref={(node: HTMLElement | null) => {
          formRef(node);
          invitation.formRef(node);
        }}
      >
        {failure && (
          <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
            {failure}
          </Alert>
        )}
        <InviteeFieldset {...invitation.fieldset} />
        {/* What the button will do, before it is pressed: with e-mail off nothing is sent, and
            "Pošlji povabilo" had staff wait for an e-mail that never went. The hub gets the
            link either way. */}
        <Text size="sm" id={deliveryId}>
          {t(emailed ? 'invitationDelivery.emailedWithLink' : 'invitationDelivery.notEmailed')}
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button type="submit" size="md" loading={submitting} disabled={submitting} aria-describedby={deliveryId}>
            {t(emailed ? 'hub.sendInvitation' : 'hub.createInvitation')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
