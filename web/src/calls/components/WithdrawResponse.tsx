import { Button } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { refusalReason } from '../../app/api-refusal';
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
// Refusals after which, as after a withdrawal, no response of ours waits: "respond again", where one may.
const MAY_RESPOND_AGAIN = new Set(['ALREADY_DECLINED', 'ALREADY_WITHDRAWN']);

function answeredOf(error: unknown): string | null {
  const reason = refusalReason(error, 'CONFLICT');
  return reason && reason in ANSWERED ? reason : null;
}

/**
 * Takes our pending response to a call back, after a question in the app's dialog. Either way the cached response
 * gets its new status (WITHDRAWN from the answer; or, when it was answered meanwhile, what the
 * refusal names), and `onDone` gets the sentence to say and whether the call still takes a
 * response (not once the need partnered or closed meanwhile), so that the list offers to
 * respond again only where one can. A need past its respondBy day still lets its owner accept
 * a waiting response, and us withdraw it (`takesResponses` false): then the question says that
 * no new response can follow, and neither sentence says "respond again".
 */
export function WithdrawResponse({
  responseId,
  needTitle,
  needKind,
  organization,
  callHeadingId,
  takesResponses = true,
  onDone,
}: {
  responseId: string;
  needTitle: string;
  /** The question names a call for partners a call, any other need a need. */
  needKind: NeedKind;
  /** Who posted the call: the dialog says they are told. */
  organization: string;
  callHeadingId: string;
  /** The need still takes responses (open, its respondBy day not past): one may respond again after withdrawing. */
  takesResponses?: boolean;
  onDone(said: string, callOpen: boolean): void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [withdraw, { loading }] = useMutation(WithdrawResponseMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();

  const run = async () => {
    if (loading) return;
    const isCall = needKind === 'CALL_FOR_PARTNERS';
    const then = `calls.withdrawThen.${isCall ? 'call' : 'need'}${takesResponses ? '' : 'Closed'}`;
    const message = `${t(isCall ? 'calls.withdrawConfirm' : 'calls.withdrawConfirmNeed', { title: needTitle, organization })} ${t(then)}`;
    if (!(await ask({ title: t('calls.withdrawTitle', { title: needTitle }), message, confirm: t('calls.withdraw'), cancel: t('calls.keepResponse') }))) return;
    const again = takesResponses ? ` ${t('calls.respondAgain')}` : '';
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
      onDone(`${t(`calls.withdrawRefused.${reason}`, { title: needTitle })}${MAY_RESPOND_AGAIN.has(reason) ? again : ''}`, !CALL_CLOSED.has(reason));
      return;
    }
    onDone(`${t('calls.withdrawn', { title: needTitle })}${again}`, true);
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
