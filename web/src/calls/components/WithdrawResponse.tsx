import { Button } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import type { NeedKind, ResponseStatus } from '../../graphql/graphql';
import { WithdrawResponseMutation } from '../graphql/mutations/withdrawResponse';

/** What a refused withdrawal says the response already is (extensions.reason). */
const ANSWERED: Record<string, Exclude<ResponseStatus, 'PENDING'>> = {
  ALREADY_ACCEPTED: 'ACCEPTED',
  ALREADY_DECLINED: 'DECLINED',
  ALREADY_WITHDRAWN: 'WITHDRAWN',
  // Closed with its need (closed, expired or partnered) before the owner answered.
  NEED_NOT_OPEN: 'CLOSED',
};

// Refusals after which the call takes no response any more: the need partnered or closed.
const CALL_CLOSED = new Set(['ALREADY_ACCEPTED', 'NEED_NOT_OPEN']);

function answeredOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors.find((entry) => entry.extensions?.code === 'CONFLICT')?.extensions?.reason;
  return typeof reason === 'string' && reason in ANSWERED ? reason : null;
}

/**
 * Takes our pending response to a call back, after a question in the app's dialog. Either way the cached response
 * gets its new status (WITHDRAWN from the answer; or, when it was answered meanwhile, what the
 * refusal names), and `onDone` gets the sentence to say and whether the call still takes a
 * response (not once the need partnered or closed meanwhile), so that the list offers to
 * respond again only where one can.
 */
export function WithdrawResponse({
  responseId,
  needTitle,
  needKind,
  organization,
  callHeadingId,
  onDone,
}: {
  responseId: string;
  needTitle: string;
  /** The question names a call for partners a call, any other need a need. */
  needKind: NeedKind;
  /** Who posted the call: the dialog says they are told. */
  organization: string;
  callHeadingId: string;
  onDone(said: string, callOpen: boolean): void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [withdraw, { loading }] = useMutation(WithdrawResponseMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();

  const run = async () => {
    if (loading) return;
    if (!(await ask({ title: t('calls.withdrawTitle', { title: needTitle }), message: t(needKind === 'CALL_FOR_PARTNERS' ? 'calls.withdrawConfirm' : 'calls.withdrawConfirmNeed', { title: needTitle, organization }), confirm: t('calls.withdraw'), cancel: t('calls.keepResponse') }))) return;
    setFailure(null);
    try {
      await withdraw({ variables: { id: responseId } });
    } catch (error) {
      const reason = answeredOf(error);
      if (!reason) {
        setFailure(error);
        return;
      }
      client.cache.modify({ id: client.cache.identify({ __typename: 'Response', id: responseId }), fields: { status: () => ANSWERED[reason] } });
      onDone(t(`calls.withdrawRefused.${reason}`, { title: needTitle }), !CALL_CLOSED.has(reason));
      return;
    }
    onDone(t('calls.withdrawn', { title: needTitle }), true);
  };

  return (
    <>
      {failure !== null && <ErrorNotice error={failure} />}
      <Button size="compact-sm" mt={6} variant="outline" color="red.8" loading={loading} disabled={loading} onClick={() => void run()} aria-describedby={callHeadingId}>
        {t('calls.withdraw')}
      </Button>
      {dialog}
    </>
  );
}
