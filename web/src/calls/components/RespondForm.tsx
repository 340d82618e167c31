import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../app/api-refusal';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { NeedKind } from '../../graphql/graphql';
import { RespondToNeedMutation } from '../graphql/mutations/respondToNeed';
import { CallNeedStatusQuery } from '../graphql/queries/callNeedStatus';
import { OurOpenOffersQuery } from '../graphql/queries/ourOpenOffers';

const FIELDS = ['message', 'offerId'];

/** What became of a call the reader answered: our response waits for an answer, or the call closed meanwhile. */
export type CallState = 'answered' | 'closed';

type Outcome = 'already' | 'closed' | 'late' | 'closedSince';

/**
 * The API answers CONFLICT when the organization already has a pending response to the need,
 * when the need closed meanwhile, or when its respondBy day has passed (the page was read
 * before); all are facts to state, not errors to retry.
 */
function conflictOf(error: unknown): Outcome | null {
  const conflict = refusalOf(error, 'CONFLICT');
  if (!conflict) return null;
  const reason = conflict.extensions?.reason;
  return reason === 'NEED_NOT_OPEN' ? 'closed' : reason === 'RESPONSES_CLOSED' ? 'late' : 'already';
}

/** Answers a call with a message and, if the reader likes, one of the organization's open offers. */
export function RespondForm({
  needId,
  needTitle,
  needKind,
  organizationId,
  onCancel,
  onSent,
  onSettled,
}: {
  needId: string;
  needTitle: string;
  needKind: NeedKind;
  organizationId: string;
  onCancel(): void;
  /**
   * The response is sent (its id). The page then says so in the form's place (CallResponse), for as
   * long as the response waits for an answer: a form unmounted meanwhile (the list read again for a
   * new filter) must not come back empty.
   */
  onSent(responseId: string): void;
  /**
   * The API refused: the call was answered before, has closed or is past its deadline. The page stops offering to
   * respond. (A response sent now needs no call: the mutation reads back the need's
   * ownResponse into the cache, and the list marks the call from there.)
   */
  onSettled(state: CallState, message?: string): void;
}) {
  const { t } = useTranslation();
  const offers = useQuery(OurOpenOffersQuery, { variables: { organizationId } });
  const [respond] = useMutation(RespondToNeedMutation);
  const { run, submitting, errors, formError, fieldChanged } = useSubmitOnce(FIELDS);
  const [message, setMessage] = useState('');
  const [offerId, setOfferId] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The button pressed gives way each time (Respond to the form, Send to what came of it): the
  // focus goes to what replaced it, the message first, then the outcome (once sent, the page's
  // confirmation in the form's place takes it: useCallResponses).
  const messageField = useRef<HTMLTextAreaElement>(null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => (outcome ? result.current : messageField.current)?.focus(), [outcome]);
  // The page may have been read long ago, and no live event tells an organization that is neither
  // side of the need that it partnered or closed since: its status is read again as the form
  // opens (CallFate, which the cache takes over the listed call), so that nobody writes a response
  // only to have it refused. Closed: the form gives way as after a refusal, keeping anything typed.
  // A failed reading leaves the form; the API still refuses a response to a closed need.
  const status = useQuery(CallNeedStatusQuery, { variables: { id: needId, organizationId }, fetchPolicy: 'network-only' }).data?.need?.status;
  useEffect(() => {
    if (!status || status === 'OPEN' || outcome) return;
    setOutcome('closedSince');
    onSettled('closed', message.trim() ? message : undefined);
    // Only the status read decides; message and onSettled are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  if (outcome === 'already') {
    return (
      <Alert color="blue" role="status" title={t('calls.alreadyTitle')} ref={result} tabIndex={-1}>
        {t('calls.already', { title: needTitle })}
      </Alert>
    );
  }
  if (outcome === 'closed' || outcome === 'closedSince' || outcome === 'late') {
    // A call for partners is named a call, any other need a need ("Poziv je zaprt", "Potreba je zaprta").
    const isCall = needKind === 'CALL_FOR_PARTNERS';
    const title = outcome === 'late' ? 'calls.lateTitle' : isCall ? 'calls.closedTitle' : 'calls.closedTitleNeed';
    const said = {
      late: isCall ? 'calls.late' : 'calls.lateNeed',
      closed: isCall ? 'calls.closed' : 'calls.closedNeed',
      // Found closed as the form opened: nothing was sent, nor refused.
      closedSince: isCall ? 'calls.closedSince' : 'calls.closedSinceNeed',
    }[outcome];
    return (
      <Alert color="yellow" role="status" title={t(title)} ref={result} tabIndex={-1}>
        {t(said, { title: needTitle })}
      </Alert>
    );
  }

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(async () => {
      let responseId: string | undefined;
      try {
        const { data } = await respond({ variables: { input: { needId, message, offerId: offerId || null, organizationId }, organizationId } });
        responseId = data?.respondToNeed.id;
      } catch (error) {
        const conflict = conflictOf(error);
        if (!conflict) throw error; // the shared handling: fields, or the generic line
        setOutcome(conflict);
        // A call closed or past its day takes no response: what was typed is handed on, to stay in sight.
        onSettled(conflict === 'already' ? 'answered' : 'closed', conflict === 'already' ? undefined : message);
        return;
      }
      if (responseId) onSent(responseId);
    }, form);
  };

  const offerOptions = offers.data?.offers.edges.map((edge) => ({ value: edge.node.id, label: edge.node.title })) ?? [];
  return (
    <Stack component="form" gap="sm" onSubmit={submit} {...NO_BROWSER_CHECK} aria-label={t(needKind === 'CALL_FOR_PARTNERS' ? 'calls.respondTo' : 'calls.respondToNeed', { title: needTitle })} mt="xs">
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
        ref={messageField}
        value={message}
        error={errors.message}
        onChange={(event) => {
          // What the API said of the message sent no longer applies to this one (it stayed beside the new text).
          fieldChanged('message');
          setMessage(event.currentTarget.value);
        }}
      />
      <NativeSelect
        name="offerId"
        label={t('calls.offer')}
        description={t('common.optional')}
        value={offerId}
        error={errors.offerId}
        onChange={(event) => {
          fieldChanged('offerId');
          setOfferId(event.currentTarget.value);
        }}
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
