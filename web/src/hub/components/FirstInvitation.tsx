import { Fieldset, NativeSelect, Stack, TextInput } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalReason } from '../../app/api-refusal';
import controls from '../../forms/controls.module.css';
import { type FieldErrors, fieldErrorsOf } from '../../forms/field-errors';
import { useErrorFocus } from '../../forms/focus-first-error';
import { useChangedFields } from '../../forms/use-changed-fields';
import { EMAIL_PATTERN } from '../../forms/limits';
import type { MessageLanguage, Role } from '../../graphql/graphql';
import { type SentInvitation, sentInvitationOf } from '../../settings/components/InvitationSentNotice';
import { InviteFirstMemberMutation } from '../graphql/mutations/inviteFirstMember';

// The invitation of an organization's first person, shared by the registration form and the
// verification list (an organization registered whose invitation never went out).

interface InviteeValues {
  email: string;
  role: Role;
  language: MessageLanguage;
}

const EMPTY_INVITEE: InviteeValues = { email: '', role: 'ADMIN', language: 'SL' };
const ROLES: Role[] = ['ADMIN', 'MEMBER'];
const LANGUAGES: MessageLanguage[] = ['SL', 'EN'];
// The invitee's inputs are named apart from the organization's own contact e-mail ("email"):
// InviteMemberInput's field → the input's name.
const INVITEE_INPUT: Record<string, string> = { email: 'inviteeEmail', role: 'inviteeRole', language: 'inviteeLanguage' };
// The refusals of inviteMember worded here (extensions.reason).
const CONFLICTS = ['ALREADY_MEMBER', 'ALREADY_INVITED'];

/** The invitation's field errors under the form's own names for them. */
function inviteeErrorsOf(fields: FieldErrors | null): FieldErrors {
  const named: FieldErrors = {};
  for (const [name, message] of Object.entries(fields ?? {})) if (INVITEE_INPUT[name]) named[INVITEE_INPUT[name]] = message;
  return named;
}

/**
 * The first person's values and the sending of their invitation (inviteMember with the
 * organization's id). A refusal is kept as it came and worded at each render, in the reader's
 * language of the moment; its field is focused, or else the form's summary.
 *
 * An address already invited (ALREADY_INVITED) is let in again only once its pending
 * invitation is withdrawn, and the refusal says where that is done: in the list above the form
 * (`pendingListed: 'above'`, an organization's people), or, from the registration form, under
 * the organization in "Organizations without members" (`'withoutMembers'`).
 */
export function useFirstInvitation(pendingListed: 'above' | 'withoutMembers') {
  const { t } = useTranslation();
  const [inviteMember] = useMutation(InviteFirstMemberMutation);
  const focus = useErrorFocus();
  const [invitee, setInvitee] = useState<InviteeValues>(EMPTY_INVITEE);
  const [refusal, setRefusal] = useState<{ error: unknown; email: string; organizationName: string } | null>(null);
  // The invitee's fields changed since the refusal (by input name): what the API said of them no longer applies.
  const { changed, fieldChanged, forget, unchanged } = useChangedFields();

  /** The invitation sent, or null when it was refused (the refusal is then shown). */
  const send = async (organization: { id: string; name: string }, form: HTMLElement | null): Promise<SentInvitation | null> => {
    setRefusal(null);
    forget();
    const email = invitee.email.trim();
    try {
      const { data } = await inviteMember({ variables: { input: { organizationId: organization.id, email, role: invitee.role, language: invitee.language } } });
      if (!data) throw new Error('inviteMember answered without data');
      setInvitee(EMPTY_INVITEE);
      return sentInvitationOf(data.inviteMember, invitee.language);
    } catch (error) {
      setRefusal({ error, email, organizationName: organization.name });
      focus.focusErrors(Object.keys(inviteeErrorsOf(fieldErrorsOf(error, t))), form);
      return null;
    }
  };

  const reset = () => {
    setRefusal(null);
    forget();
    setInvitee(EMPTY_INVITEE);
  };

  const fields = refusal ? fieldErrorsOf(refusal.error, t) : null;
  const errors = unchanged(inviteeErrorsOf(fields));
  // Every field it named is corrected (none it named is outside the fieldset): nothing is left to point at, as useSubmitOnce has it.
  // An address already a member or invited is about the address: it goes once that is changed
  // (it stayed beside the next address typed until the next send).
  const corrected =
    (fields !== null && Object.keys(errors).length === 0 && Object.keys(fields).every((name) => INVITEE_INPUT[name])) ||
    (refusal !== null && conflictOf(refusal.error) !== null && changed.has(INVITEE_INPUT.email));
  return {
    send,
    reset,
    formRef: focus.formRef,
    /** What stopped the invitation, in the reader's words; the fields' own errors go under them. */
    failure: refusal && !corrected ? failureOf(t, refusal, fields, pendingListed) : null,
    fieldset: {
      value: invitee,
      errors,
      onChange: <Key extends keyof InviteeValues>(key: Key, value: InviteeValues[Key]) => {
        // What the API said of the value sent no longer applies to this one (it stayed beside the new text).
        fieldChanged(INVITEE_INPUT[key]);
        setInvitee((values) => ({ ...values, [key]: value }));
      },
    },
  };
}

/** The reason of a CONFLICT worded here (the address already a member or invited), else null. */
function conflictOf(error: unknown): string | null {
  const reason = refusalReason(error, 'CONFLICT');
  return reason && CONFLICTS.includes(reason) ? reason : null;
}

function failureOf(
  t: TFunction,
  { error, email, organizationName }: { error: unknown; email: string; organizationName: string },
  fields: FieldErrors | null,
  pendingListed: 'above' | 'withoutMembers',
): string {
  if (fields) {
    const unknown = Object.entries(fields).filter(([name]) => !INVITEE_INPUT[name]);
    return [t('errors.fixFields'), ...unknown.map(([, message]) => message)].join(' ');
  }
  if (!CombinedGraphQLErrors.is(error)) return t('errors.network');
  const extensions = error.errors[0]?.extensions;
  const reason = conflictOf(error);
  if (reason === 'ALREADY_INVITED' && pendingListed === 'withoutMembers') return t('hub.alreadyInvitedRegistered', { email, name: organizationName });
  if (reason) return t(`hub.inviteConflict.${reason}`, { email });
  return t(extensions?.code === 'FORBIDDEN' ? 'errors.forbidden' : extensions?.code === 'RATE_LIMITED' ? 'errors.rateLimited' : 'errors.generic');
}

/** The first person's e-mail, role and the language of their invitation. */
export function InviteeFieldset({ value, errors, onChange }: ReturnType<typeof useFirstInvitation>['fieldset']) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('hub.firstPerson')} variant="unstyled" className={controls.fieldset}>
      <Stack gap="sm">
        <TextInput
          name="inviteeEmail"
          type="email"
          pattern={EMAIL_PATTERN}
          label={t('hub.inviteeEmail')}
          required
          autoComplete="off"
          value={value.email}
          error={errors.inviteeEmail}
          onChange={(event) => onChange('email', event.currentTarget.value)}
        />
        <NativeSelect
          name="inviteeRole"
          label={t('hub.inviteeRole')}
          value={value.role}
          error={errors.inviteeRole}
          onChange={(event) => onChange('role', event.currentTarget.value as Role)}
          data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        />
        <NativeSelect
          name="inviteeLanguage"
          label={t('hub.inviteeLanguage')}
          value={value.language}
          error={errors.inviteeLanguage}
          onChange={(event) => onChange('language', event.currentTarget.value as MessageLanguage)}
          data={LANGUAGES.map((language) => ({ value: language, label: t(`messageLanguage.${language}`) }))}
        />
      </Stack>
    </Fieldset>
  );
}
