import { Alert, Button, Code, CopyButton, Text } from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageLanguage } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import classes from './settings.module.css';

// An invitation just sent, from /settings (an admin inviting a colleague) or /hub (an
// organization's first person). inviteMember says whether it is e-mailed (emailed: false while
// SMTP_URL is unset, and then the link is the only way in); an e-mail may still not arrive (a
// spam filter), and the token is shown only in the answer, so its link is given here to pass on
// by hand. The API gives the token to the hub always and to an admin only while it sends no
// e-mail; an admin's notice with e-mail on says only where the invitation went.

/** A sent invitation: where it went, whether by e-mail, and the sign-up link to pass on by hand, when the API gave it. */
export interface SentInvitation {
  email: string;
  emailed: boolean;
  link: string | null;
  expiresAt: string;
}

/** inviteMember's answer, as the notice needs it. */
interface CreatedInvitation {
  token?: string | null;
  emailed: boolean;
  invitation: { email: string; expiresAt: string };
}

/** The invitation with the sign-up link its e-mail carries (the API's AccountMail), in the language it was sent in. */
export function sentInvitationOf(created: CreatedInvitation, language: MessageLanguage): SentInvitation {
  const link = created.token ? `${window.location.origin}/signup?token=${encodeURIComponent(created.token)}${language === 'EN' ? '&lang=en' : ''}` : null;
  return { email: created.invitation.email, emailed: created.emailed, link, expiresAt: created.invitation.expiresAt };
}

/**
 * Says the invitation went out (children: by e-mail or not, as `sent.emailed` says) and gives its
 * sign-up link to copy, if any: a fallback when e-mailed, the way in when not. Takes the focus when it appears.
 */
export function InvitationSentNotice({ sent, children }: { sent: SentInvitation; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const linkId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [sent]);
  return (
    <Alert color="teal" role="status" tabIndex={-1} ref={ref} className={classes.status}>
      <Text size="sm" fw={600}>
        {children}
      </Text>
      {sent.link && (
        <>
          <Text size="sm" mt="xs" id={linkId}>
            {t(sent.emailed ? 'invitationLink.text' : 'invitationLink.textNotEmailed', { date: formatDateTime(sent.expiresAt, i18n.language) })}
          </Text>
          <Code block className={classes.secret} my="xs" aria-labelledby={linkId}>
            {sent.link}
          </Code>
          <CopyButton value={sent.link}>
            {({ copied, copy }) => (
              <Button size="md" color={copied ? 'teal.9' : undefined} onClick={copy}>
                {copied ? t('invitationLink.copied') : t('invitationLink.copy')}
              </Button>
            )}
          </CopyButton>
        </>
      )}
    </Alert>
  );
}
