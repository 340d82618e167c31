import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitOnce } from '../../forms/use-submit-once';
import { RespondToNeedMutation } from '../graphql/mutations/respondToNeed';
import { OurOpenOffersQuery } from '../graphql/queries/ourOpenOffers';

const FIELDS = ['message', 'offerId'];

/** Answers a call with a message and, if the reader likes, one of the organization's open offers. */
export function RespondForm({ needId, needTitle, organizationId, onCancel }: { needId: string; needTitle: string; organizationId: string; onCancel(): void }) {
  const { t } = useTranslation();
  const offers = useQuery(OurOpenOffersQuery, { variables: { organizationId } });
  const [respond] = useMutation(RespondToNeedMutation);
  const { run, submitting, errors, formError } = useSubmitOnce(FIELDS);
  const [message, setMessage] = useState('');
  const [offerId, setOfferId] = useState('');
  const [sent, setSent] = useState(false);

  if (sent) {
    return (
      <Alert color="teal" role="status" title={t('calls.sentTitle')}>
        {t('calls.sent', { title: needTitle })}
      </Alert>
    );
  }

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      await respond({ variables: { input: { needId, message, offerId: offerId || null } } });
      setSent(true);
    });
  };

  const offerOptions = offers.data?.offers.edges.map((edge) => ({ value: edge.node.id, label: edge.node.title })) ?? [];
  return (
    <Stack component="form" gap="sm" onSubmit={submit} aria-label={t('calls.respondTo', { title: needTitle })} mt="xs">
      {formError && (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      )}
      <Textarea
        name="message"
        label={t('calls.message')}
        description={t('calls.messageHint')}
        required
        autosize
        minRows={3}
        maxLength={5000}
        value={message}
        error={errors.message}
        onChange={(event) => setMessage(event.currentTarget.value)}
      />
      <NativeSelect
        name="offerId"
        label={t('calls.offer')}
        description={t('common.optional')}
        value={offerId}
        error={errors.offerId}
        onChange={(event) => setOfferId(event.currentTarget.value)}
        data={[{ value: '', label: t('calls.noOffer') }, ...offerOptions]}
      />
      <Group gap="sm">
        <Button type="submit" loading={submitting} disabled={submitting}>
          {t('calls.send')}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
