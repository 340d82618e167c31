import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useSubmitOnce } from '../../forms/use-submit-once';
import { formatDateTime } from '../../i18n/format';
import { CreateApiKeyMutation } from '../graphql/mutations/createApiKey';
import { RevokeApiKeyMutation } from '../graphql/mutations/revokeApiKey';
import { ApiKeysQuery } from '../graphql/queries/apiKeys';
import { EnumCheckboxes } from '../../forms/controls';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import type { ApiKeyScope } from '../../graphql/graphql';
import classes from './settings.module.css';
import { SettingsSection } from './SettingsSection';
import { ShownOnce } from './ShownOnce';

const FIELDS = ['name', 'scopes'];
const SCOPES: readonly ApiKeyScope[] = ['POSTINGS', 'ANSWERS', 'WEBHOOKS'];

export function ApiKeysSection({ organizationId, admin }: { organizationId: string; admin: boolean }) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="settings-api-keys" title={t('settings.apiKeys')}>
      <Text size="sm" c="dimmed">
        {t('settings.apiKeysIntro')}
      </Text>
      {admin ? <ApiKeys organizationId={organizationId} /> : <Text size="sm">{t('settings.adminsOnly')}</Text>}
    </SettingsSection>
  );
}

function ApiKeys({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const keys = useQuery(ApiKeysQuery, { variables: { organizationId } });
  const [create] = useMutation(CreateApiKeyMutation);
  const [revoke] = useMutation(RevokeApiKeyMutation);
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(FIELDS);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([...SCOPES]);
  // The token lives only in this state: once dismissed, nothing can show it again.
  const [token, setToken] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // With a count, so that each result is a new message (announced and focused again): the
  // Revoke button that had the focus is gone.
  const [revoked, setRevoked] = useState<{ count: number; text: string } | null>(null);
  const { ask, dialog } = useConfirm();
  const language = i18n.language;

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      // All three: a key without scopes, as keys made before scopes (for an organization's key the same: all a member may).
      const chosen = SCOPES.every((scope) => scopes.includes(scope)) ? null : SCOPES.filter((scope) => scopes.includes(scope));
      const { data } = await create({ variables: { input: { organizationId, name, scopes: chosen } } });
      setToken(data?.createApiKey.token ?? null);
      setName('');
      setScopes([...SCOPES]);
      await keys.refetch();
    }, event.currentTarget);
  };

  const revokeKey = async (id: string, keyName: string) => {
    if (revoking) return;
    if (!(await ask({ title: t('settings.revokeTitle', { name: keyName }), message: t('settings.revokeConfirm'), confirm: t('settings.revokeSubmit'), cancel: t('settings.keepKey') }))) return;
    setRevoking(id);
    setFailure(null);
    setRevoked(null);
    try {
      await revoke({ variables: { id } });
      setRevoked((current) => ({ count: (current?.count ?? 0) + 1, text: t('settings.keyRevoked', { name: keyName }) }));
    } catch (error) {
      setFailure(error);
    } finally {
      setRevoking(null);
    }
  };

  const scopesOf = (granted: readonly ApiKeyScope[] | null) => {
    if (granted === null) return t('settings.scopesAll');
    if (granted.length === 0) return t('settings.scopesReadOnly');
    return t('settings.scopesSome', { list: granted.map((scope) => t(`settings.scope.${scope}`).toLocaleLowerCase(language)).join(', ') });
  };

  if (keys.loading && !keys.data) return <PageLoader />;
  if (keys.error) return <ErrorNotice error={keys.error} />;

  return (
    <>
      {failure !== null && <ErrorNotice error={failure} />}
      {revoked && <FocusedStatus key={revoked.count}>{revoked.text}</FocusedStatus>}
      {dialog}
      {token && <ShownOnce key={token} label={t('settings.newToken')} value={token} returnFocusTo="settings-api-keys" onDone={() => setToken(null)} />}
      {keys.data?.apiKeys.length ? (
        <ul className={classes.list} aria-labelledby="settings-api-keys">
          {keys.data.apiKeys.map((key) => (
            <li key={key.id}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text size="sm" fw={500}>
                    {key.name} · <code>{key.tokenPrefix}…</code>
                  </Text>
                  <Text size="xs">{scopesOf(key.scopes ?? null)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('settings.keyCreated', { date: formatDateTime(key.createdAt, language) })}
                    {key.revokedAt && ` · ${t('settings.revoked', { date: formatDateTime(key.revokedAt, language) })}`}
                  </Text>
                  {/* Which key a partner system still uses, before one is rotated or revoked (noted at most once a minute). */}
                  <Text size="xs" c="dimmed">
                    {key.lastUsedAt ? t('settings.lastUsed', { date: formatDateTime(key.lastUsedAt, language) }) : t('settings.neverUsed')}
                  </Text>
                </div>
                {!key.revokedAt && (
                  <Button size="compact-sm" variant="outline" color="red.8" loading={revoking === key.id} disabled={revoking !== null} onClick={() => void revokeKey(key.id, key.name)}>
                    {t('settings.revoke', { name: key.name })}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm">{t('settings.noApiKeys')}</Text>
      )}
      <Stack component="form" {...NO_BROWSER_CHECK} ref={formRef} gap="sm" onSubmit={submit} aria-label={t('settings.createApiKey')}>
        {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
        {/* What the API said of a field goes once that field is changed (it stayed beside the new value). */}
        <TextInput
          name="name"
          label={t('settings.apiKeyName')}
          description={t('settings.apiKeyNameHint')}
          required
          value={name}
          error={errors.name}
          onChange={(event) => {
            fieldChanged('name');
            setName(event.currentTarget.value);
          }}
        />
        <EnumCheckboxes
          name="scopes"
          legend={t('settings.apiKeyScopes')}
          description={t('settings.apiKeyScopesHint')}
          options={SCOPES}
          labelOf={(scope) => t(`settings.scope.${scope}`)}
          value={scopes}
          error={errors.scopes}
          onChange={(value) => {
            fieldChanged('scopes');
            setScopes(value);
          }}
        />
        <Group>
          <Button type="submit" loading={submitting} disabled={submitting}>
            {t('settings.createApiKey')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
