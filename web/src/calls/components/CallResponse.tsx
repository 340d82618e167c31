import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import linkTarget from '../../app/link-target.module.css';
import { FocusedStatus } from '../../forms/Feedback';
import type { NeedKind, NeedStatus, PartnershipStatus, ResponseStatus } from '../../graphql/graphql';
import { OwnResponseFate } from '../../needs/components/OwnResponseFate';
import { partnershipsEntryHref } from '../../partnerships/sides';
import { type CallResponses, respondButtonId, sentStatusId } from '../hooks/use-call-responses';
import { KeptMessage } from './KeptMessage';
import { type CallState, RespondForm } from './RespondForm';
import { WithdrawResponse } from './WithdrawResponse';

/** A call as the respond action needs it: the need, who posted it, and our organization's latest response to it. */
export interface AnswerableCall {
  id: string;
  title: string;
  /** A call for partners, or another need that takes responses: the form is worded for it. */
  kind: NeedKind;
  /** As the cache now has it: OPEN when listed, PARTNERED or closed once responseChanged said so. */
  status?: NeedStatus;
  organization: { name: string };
  /** The need's partnership, which the API gives only to its two sides (and the hub): null to anyone else. */
  partnership?: { id: string; partnerOrganization: { id: string } } | null;
  /** Our latest response, with the partnership accepting it formed (whether that still holds). */
  ownResponse?: { id: string; status: ResponseStatus; partnership?: { id: string; status: PartnershipStatus } | null } | null;
}

/**
 * Answering one call, for the organization the page acts for: "Odzovi se" and the form; once
 * our response waits for an answer, that it does, with "Umakni odziv"; an earlier response that
 * no longer stands in the way named above the button; once the need partnered or closed while
 * the page was open, what became of our response (accepted: the partnership, with its link) and
 * no button. The same on /calls and on a need's page.
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
  const { responding, settled, sent, withdrawals } = responses;
  // Only a call for partners is a "poziv": any other need is named as the need it is.
  const isCall = call.kind === 'CALL_FOR_PARTNERS';
  const own = call.ownResponse;
  const ownKey = own ? `${own.id}:${own.status}` : '';
  // What the form said (sent, or refused as answered before) holds while our response is as it was
  // then: answered or closed since (responseChanged writes it into the cache), the card shows what
  // became of it, as a reload does, not "sent, the organization will accept or decline it".
  const refusal = settled.get(call.id);
  const refusalHolds = !!refusal && (refusal.seen === undefined || refusal.seen === ownKey);
  const sentId = sent.get(call.id);
  // Sent here and still waiting for the owner's answer: said in the form's place, from the page's
  // own record, so that it holds when the card is drawn again (the list read again for a filter).
  const sentWaits = sentId !== undefined && own?.id === sentId && own.status === 'PENDING';
  const formPast = (!!refusal && !refusalHolds) || (sentId !== undefined && !sentWaits);
  // Refused here, or answered (here or before): a pending response of ours waits for the owner, so no second one.
  const state: CallState | undefined = (refusalHolds ? refusal.state : undefined) ?? (own?.status === 'PENDING' ? 'answered' : undefined);
  // A response refused as the call closed: what was typed stays in sight until the next response.
  const kept = refusal?.message ? <KeptMessage message={refusal.message} /> : null;
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

  // The need no longer takes responses (responseChanged: it partnered or closed while the page was
  // open; a list read again leaves it out; or read again after the API refused our response as the
  // need closed), or our accepted response's partnership still holds: what became of our response,
  // and no "Odzovi se" (the API would refuse it as the need closed).
  // Only a cancelled partnership opens a need again: an accepted or closed response of an OPEN
  // need is an earlier one, named above the button as such.
  const needOpen = !call.status || call.status === 'OPEN';
  const accepted = own?.status === 'ACCEPTED' && (!needOpen || own.partnership?.status === 'ACTIVE');
  // Left unanswered as a suggestion of ours partnered the need: we are its partner, not passed over.
  const ourPartnership = !accepted && own?.status === 'CLOSED' && call.status === 'PARTNERED' && call.partnership?.partnerOrganization.id === organizationId ? call.partnership : null;
  const partnershipId = accepted ? (own.partnership?.id ?? null) : (ourPartnership?.id ?? null);
  const closedFate = (
    <>
      {accepted ? (
        <Text size="sm" fw={500} mt={6} c="teal.9">
          {t('calls.acceptedPartnership', { organization: call.organization.name })}
        </Text>
      ) : ourPartnership ? (
        <Text size="sm" fw={500} mt={6}>
          {t('calls.closedOurPartnership')}
        </Text>
      ) : (
        own && own.status !== 'PENDING' && call.status && <OwnResponseFate status={own.status} needStatus={call.status} needOrganization={call.organization.name} size="sm" />
      )}
      {accepted || ourPartnership ? (
        // As the need's page links it: to the partnership's entry with the contacts, or the list when not known.
        <Anchor component={Link} to={partnershipId ? partnershipsEntryHref(partnershipId) : '/partnerships'} size="sm" mt={4} className={linkTarget.target}>
          {t('needs.partnership.link')}
        </Anchor>
      ) : own ? (
        // A CLOSED response's words say why the need took no more; a declined or withdrawn one's do not.
        own.status !== 'CLOSED' && (
          <Text size="sm" mt={6} c="dimmed">
            {t(isCall ? 'calls.noLongerOpen' : 'calls.noLongerOpenNeed')}
          </Text>
        )
      ) : (
        // No response of ours: why the need takes none, in the words of its own page (found a partner, withdrawn, expired).
        <Text size="sm" mt={6} c="dimmed">
          {call.status ? t(`needs.statusNote.${call.status}`) : t(isCall ? 'calls.noLongerOpen' : 'calls.noLongerOpenNeed')}
        </Text>
      )}
    </>
  );

  if (responding === call.id && sentWaits) {
    return (
      <>
        <Alert id={sentStatusId(call.id)} color="teal" role="status" title={t('calls.sentTitle')} tabIndex={-1}>
          {t('calls.sent', { title: call.title })}
        </Alert>
        {withdraw}
      </>
    );
  }
  if (responding === call.id && !formPast) {
    return (
      <>
        <RespondForm
          needId={call.id}
          needTitle={call.title}
          needKind={call.kind}
          organizationId={organizationId}
          onCancel={() => responses.putOff(call.id)}
          onSent={(responseId) => responses.sentResponse(call.id, responseId)}
          onSettled={(refused, message) => responses.settle(call.id, refused, ownKey, message)}
        />
        {/* Read again after the refusal (CallsPage): why the need no longer takes responses. */}
        {refusal && !needOpen && closedFate}
        {kept}
        {withdraw}
      </>
    );
  }
  // Refused here as closed, and the need read again since: what it now is, not only "no longer open".
  if (state && !(state === 'closed' && !needOpen)) {
    return (
      <>
        {state === 'closed' && withdrawals.has(call.id) && <FocusedStatus color="blue">{withdrawals.get(call.id)}</FocusedStatus>}
        <Text size="sm" fw={500} mt={6} c={state === 'answered' ? 'teal.9' : 'dimmed'}>
          {t(state === 'answered' ? 'calls.answered' : isCall ? 'calls.noLongerOpen' : 'calls.noLongerOpenNeed')}
        </Text>
        {kept}
        {state === 'answered' && withdraw}
      </>
    );
  }
  if (accepted || !needOpen) {
    return (
      <>
        {withdrawals.has(call.id) && <FocusedStatus color="blue">{withdrawals.get(call.id)}</FocusedStatus>}
        {closedFate}
        {kept}
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
