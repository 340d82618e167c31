import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FocusedStatus } from '../../forms/Feedback';
import type { NeedKind, ResponseStatus } from '../../graphql/graphql';
import { type CallResponses, respondButtonId } from '../hooks/use-call-responses';
import { type CallState, RespondForm } from './RespondForm';
import { WithdrawResponse } from './WithdrawResponse';

/** A call as the respond action needs it: the need, who posted it, and our organization's latest response to it. */
export interface AnswerableCall {
  id: string;
  title: string;
  /** A call for partners, or another need that takes responses: the form is worded for it. */
  kind: NeedKind;
  organization: { name: string };
  ownResponse?: { id: string; status: ResponseStatus } | null;
}

/**
 * Answering one call, for the organization the page acts for: "Odzovi se" and the form; once
 * our response waits for an answer, that it does, with "Umakni odziv"; an earlier response that
 * no longer stands in the way named above the button. The same on /calls and on a need's page.
 */
export function CallResponse({
  call,
  organizationId,
  headingId,
  responses,
}: {
  call: AnswerableCall;
  organizationId: string;
  /** The call's title: the buttons are described by it. */
  headingId: string;
  responses: CallResponses;
}) {
  const { t } = useTranslation();
  const { responding, settled, withdrawals } = responses;
  // Only a call for partners is a "poziv": any other need is named as the need it is.
  const isCall = call.kind === 'CALL_FOR_PARTNERS';
  // Refused here, or answered (here or before): a pending response of ours waits for the owner, so no second one.
  const state: CallState | undefined = settled.get(call.id) ?? (call.ownResponse?.status === 'PENDING' ? 'answered' : undefined);
  // While our response waits, it can be taken back (the API then takes a new one).
  const withdraw = call.ownResponse?.status === 'PENDING' && (
    <WithdrawResponse
      key={call.ownResponse.id}
      responseId={call.ownResponse.id}
      needTitle={call.title}
      needKind={call.kind}
      organization={call.organization.name}
      callHeadingId={headingId}
      onDone={(said, callOpen) => responses.withdrawn(call.id, said, callOpen)}
    />
  );

  if (responding === call.id) {
    return (
      <>
        <RespondForm
          needId={call.id}
          needTitle={call.title}
          needKind={call.kind}
          organizationId={organizationId}
          onCancel={() => responses.putOff(call.id)}
          onSettled={(refused) => responses.settle(call.id, refused)}
        />
        {withdraw}
      </>
    );
  }
  if (state) {
    return (
      <>
        {state === 'closed' && withdrawals.has(call.id) && <FocusedStatus color="blue">{withdrawals.get(call.id)}</FocusedStatus>}
        <Text size="sm" fw={500} mt={6} c={state === 'answered' ? 'teal.9' : 'dimmed'}>
          {t(state === 'answered' ? 'calls.answered' : isCall ? 'calls.noLongerOpen' : 'calls.noLongerOpenNeed')}
        </Text>
        {state === 'answered' && withdraw}
      </>
    );
  }
  return (
    <>
      {withdrawals.has(call.id) ? (
        <FocusedStatus color="blue">{withdrawals.get(call.id)}</FocusedStatus>
      ) : (
        call.ownResponse && (
          <Text size="sm" mt={6} c="dimmed">
            {t(`calls.${isCall ? 'previous' : 'previousNeed'}.${call.ownResponse.status}`)}
          </Text>
        )
      )}
      <Button size="compact-sm" mt={6} id={respondButtonId(call.id)} onClick={() => responses.respond(call.id)} aria-describedby={headingId}>
        {t('calls.respond')}
      </Button>
    </>
  );
}
