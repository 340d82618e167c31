import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { EnumCheckboxes } from '../../forms/controls';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { DeliveryStatus, WebhookDeliveriesQuery as WebhookDeliveriesResult, WebhookEvent } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import { CreateWebhookMutation } from '../graphql/mutations/createWebhook';
import { DeleteWebhookMutation } from '../graphql/mutations/deleteWebhook';
import { SendTestWebhookMutation } from '../graphql/mutations/sendTestWebhook';
import { UpdateWebhookMutation } from '../graphql/mutations/updateWebhook';
import { WebhookDeliveriesQuery } from '../graphql/queries/webhookDeliveries';
import { WebhooksQuery } from '../graphql/queries/webhooks';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import classes from './settings.module.css';
import { SettingsSection } from './SettingsSection';
import { ShownOnce } from './ShownOnce';

const EVENTS: readonly WebhookEvent[] = ['SUGGESTION_CREATED', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'PARTNERSHIP_ENDED', 'RESPONSE_RECEIVED', 'RESPONSE_DECLINED', 'RESPONSE_WITHDRAWN', 'RESPONSE_CLOSED'];
const FIELDS = ['url', 'events'];
const EVENT_FIELDS = ['events'];

export function WebhooksSection({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const webhooks = useQuery(WebhooksQuery, { variables: { organizationId } });
  const [create] = useMutation(CreateWebhookMutation);
  const [remove] = useMutation(DeleteWebhookMutation);
  const [sendTest] = useMutation(SendTestWebhookMutation);
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(FIELDS);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['SUGGESTION_CREATED']);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // A count, so that each notice is a new message (announced and focused again); shown in the
  // row of the webhook it is about, as each row has its own Send test and Delete.
  const [notice, setNotice] = useState<{ count: number; text: string; webhookId: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();
  const language = i18n.language;

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      const { data } = await create({ variables: { input: { organizationId, url, events } } });
      setSecret(data?.createWebhook.secret ?? null);
      setUrl('');
      await webhooks.refetch();
    }, event.currentTarget);
  };

  const act = async (id: string, action: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(id);
    setFailure(null);
    setNotice(null);
    try {
      await action();
      setNotice((current) => ({ count: (current?.count ?? 0) + 1, text: done, webhookId: id }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <SettingsSection id="settings-webhooks" title={t('settings.webhooks')}>
      <Text size="sm" c="dimmed">
        {t('settings.webhooksIntro')}
      </Text>
      {failure !== null && <ErrorNotice error={failure} />}
      {dialog}
      {secret && <ShownOnce key={secret} label={t('settings.newSecret')} value={secret} returnFocusTo="settings-webhooks" onDone={() => setSecret(null)} />}
      {webhooks.loading && !webhooks.data ? (
        <PageLoader />
      ) : webhooks.error ? (
        <ErrorNotice error={webhooks.error} />
      ) : webhooks.data?.webhooks.length ? (
        <ul className={classes.list} aria-labelledby="settings-webhooks">
          {webhooks.data.webhooks.map((webhook) => (
            <li key={webhook.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500} className={classes.secret} id={`webhook-${webhook.id}`}>
                  {webhook.url}
                </Text>
                {!webhook.active && (
                  <Badge color="gray.8" variant="outline">
                    {t('settings.deleted')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {webhook.events.map((value) => t(`webhookEvent.${value}`)).join(', ')} · {t('settings.created', { date: formatDateTime(webhook.createdAt, language) })}
              </Text>
              {notice?.webhookId === webhook.id && (
                <FocusedStatus key={notice.count}>{notice.text}</FocusedStatus>
              )}
              {webhook.active && (
                <Group gap="xs" mt={4}>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    disabled={busy !== null}
                    aria-describedby={`webhook-${webhook.id}`}
                    onClick={() => void act(webhook.id, () => sendTest({ variables: { id: webhook.id } }), t('settings.testQueued', { url: webhook.url }))}
                  >
                    {t('settings.sendTest')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="red.8"
                    disabled={busy !== null}
                    aria-describedby={`webhook-${webhook.id}`}
                    onClick={async () => {
                      if (busy || !(await ask({ title: t('settings.deleteWebhookTitle', { url: webhook.url }), message: t('settings.deleteWebhookConfirm'), confirm: t('settings.deleteWebhookSubmit') }))) return;
                      void act(webhook.id, () => remove({ variables: { id: webhook.id } }), t('settings.webhookDeleted', { url: webhook.url }));
                    }}
                  >
                    {t('settings.deleteWebhook')}
                  </Button>
                </Group>
              )}
              {webhook.active && <EventsEditor webhookId={webhook.id} events={webhook.events} />}
              <DeliveryLog webhookId={webhook.id} />
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm">{t('settings.noWebhooks')}</Text>
      )}
      <Stack component="form" {...NO_BROWSER_CHECK} ref={formRef} gap="sm" onSubmit={submit} aria-label={t('settings.createWebhook')}>
        {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
        {/* The rule as production has it, which partners meet, said as production's (no query says
            which configuration runs, and outside production http and local addresses are taken too);
            a refusal then says what the running one asks for, in place of this, until the address changes. */}
        <TextInput
          type="url"
          name="url"
          label={t('settings.webhookUrl')}
          description={errors.url ? undefined : t('settings.webhookUrlHint')}
          placeholder="https://"
          required
          value={url}
          error={errors.url}
          onChange={(event) => {
            // What the API said of the address it was sent no longer applies to this one: it stayed
            // beside the browser's own word on the new text.
            fieldChanged('url');
            setUrl(event.currentTarget.value);
          }}
        />
        <EventsField
          value={events}
          error={errors.events}
          onChange={(value) => {
            fieldChanged('events');
            setEvents(value);
          }}
        />
        <Group>
          <Button type="submit" loading={submitting} disabled={submitting || events.length === 0}>
            {t('settings.createWebhook')}
          </Button>
        </Group>
      </Stack>
    </SettingsSection>
  );
}

/** The events a webhook receives, as both its forms ask for them: creating one and changing its events. */
function EventsField({ value, error, onChange, required }: { value: WebhookEvent[]; error?: string; onChange: (value: WebhookEvent[]) => void; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <EnumCheckboxes
      name="events"
      legend={t('settings.webhookEvents')}
      options={EVENTS}
      labelOf={(event) => t(`webhookEvent.${event}`)}
      value={value}
      error={error}
      onChange={onChange}
      required={required}
    />
  );
}

/**
 * The events a webhook receives, changed in place (its secret stays): how an organization
 * starts receiving an event added after its webhook was created.
 */
function EventsEditor({ webhookId, events: current }: { webhookId: string; events: readonly WebhookEvent[] }) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateWebhookMutation);
  const { run, submitting, errors, formError, formRef, fieldChanged } = useSubmitOnce(EVENT_FIELDS);
  const [events, setEvents] = useState<WebhookEvent[]>([...current]);
  const [saved, setSaved] = useState(0);
  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      await update({ variables: { input: { id: webhookId, events } } });
      setSaved((count) => count + 1);
    }, event.currentTarget);
  };
  return (
    <details className={classes.details}>
      <summary>{t('settings.changeWebhookEvents')}</summary>
      <Stack component="form" {...NO_BROWSER_CHECK} ref={formRef} gap="sm" onSubmit={submit} aria-label={t('settings.changeWebhookEvents')}>
        {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
        {saved > 0 && <FocusedStatus key={saved}>{t('settings.webhookEventsSaved')}</FocusedStatus>}
        <EventsField
          value={events}
          error={errors.events}
          onChange={(value) => {
            fieldChanged('events');
            setEvents(value);
          }}
          required
        />
        <Group>
          <Button type="submit" variant="outline" loading={submitting} disabled={submitting || events.length === 0}>
            {t('settings.saveWebhookEvents')}
          </Button>
        </Group>
      </Stack>
    </details>
  );
}

/** The webhook's delivery log, read when it is opened. */
function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className={classes.details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('settings.deliveries')}</summary>
      {open && <Deliveries webhookId={webhookId} />}
    </details>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WebhookDeliveriesQuery, { variables: { id: webhookId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoader />;
  if (error) return <ErrorNotice error={error} />;
  const deliveries = data?.webhook?.deliveries.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap={4}>
      <Group>
        <Button size="compact-xs" variant="subtle" onClick={() => void refetch()}>
          {t('settings.refresh')}
        </Button>
      </Group>
      {deliveries.length === 0 ? (
        <Text size="sm">{t('settings.noDeliveries')}</Text>
      ) : (
        // One card per delivery: a table of five columns does not fit a 360 px phone.
        <ul className={classes.deliveries} aria-label={t('settings.deliveries')}>
          {deliveries.map((delivery) => (
            <DeliveryCard key={delivery.id} delivery={delivery} />
          ))}
        </ul>
      )}
    </Stack>
  );
}

type DeliveryNode = NonNullable<WebhookDeliveriesResult['webhook']>['deliveries']['edges'][number]['node'];

const STATUS_COLORS: Record<DeliveryStatus, string> = { SENT: 'teal.9', PENDING: 'blue.8', SENDING: 'blue.8', FAILED: 'red.8', SKIPPED: 'gray.8' };

/** One delivery: what, when, how it went in words, and when it is tried again if it waits. */
function DeliveryCard({ delivery }: { delivery: DeliveryNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const response =
    delivery.lastResponseStatus != null
      ? t('settings.deliveryHttpStatus', { status: delivery.lastResponseStatus })
      : delivery.lastError
        ? t('settings.deliveryNoResponse')
        : null;
  return (
    <li>
      <Group gap="xs" wrap="wrap" justify="space-between">
        <Text size="sm" fw={500}>
          {t(`deliveryKind.${delivery.kind}`, { defaultValue: delivery.kind })}
        </Text>
        <Badge color={STATUS_COLORS[delivery.status]} variant="outline" size="sm">
          {t(`deliveryStatus.${delivery.status}`)}
        </Badge>
      </Group>
      <Text size="xs">
        {t('settings.deliveryWhen')}: {formatDateTime(delivery.sentAt ?? delivery.createdAt, language)} · {t('settings.deliveryAttemptsCount', { count: delivery.attempts })}
      </Text>
      {response && (
        <Text size="xs">
          {t('settings.deliveryResponse')}: {response}
        </Text>
      )}
      {delivery.status === 'PENDING' && (
        <Text size="xs">{t('settings.deliveryNextAttempt', { date: formatDateTime(delivery.nextAttemptAt, language) })}</Text>
      )}
      {delivery.lastError && (
        <details className={classes.details}>
          <summary>{t('settings.deliveryErrorDetails')}</summary>
          <Text size="xs" c="dimmed" lang="en" className={classes.wrapAnywhere}>
            {delivery.lastError}
          </Text>
        </details>
      )}
    </li>
  );
}
