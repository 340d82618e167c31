import { useState } from 'react';
import { useFocusWhenShown } from '../../app/use-focus-when-shown';
import type { CallState } from '../components/RespondForm';

/**
 * What the reader did with the calls a page shows (/calls' list, a need's own page), kept by
 * the page so that it outlives a call's row: the call whose response form is open (one at a
 * time), calls the API refused to take a response for, and what came of withdrawing ours.
 */
export function useCallResponses() {
  const [responding, setResponding] = useState<string | null>(null);
  // A response put off: the focus goes back to the call's Respond button, which the form had replaced;
  // a response sent: to the confirmation in the form's place.
  const setFocus = useFocusWhenShown();
  // Calls the API refused to take a response for on this page (answered before, or closed since
  // the page was read). A response sent here needs no entry: the mutation writes it into the
  // cache as the need's ownResponse, which the page reads, also when the person comes back.
  // `seen` is our response as the cache had it then ("id:status", "" for none): a refusal's word
  // holds only until it changes (responseChanged: the response the API found waiting was answered
  // or closed since), after which what the cache says is newer. Without `seen` (a withdrawal
  // refused as the need partnered or closed) it holds for as long as the page is open. `message`:
  // what the person typed in a response refused as the call closed or past its day, kept in sight
  // (and copyable) until they respond to it again, not lost with the form.
  const [settled, setSettled] = useState<ReadonlyMap<string, { state: CallState; seen?: string; message?: string }>>(new Map());
  // The response sent here to each call, by id: "sent, the organization will accept or decline it",
  // in the form's place, holds only while that response waits, and gives way to what became of it.
  const [sent, setSent] = useState<ReadonlyMap<string, string>>(new Map());
  // What came of withdrawing our response to a call, said (and focused) where the call offers to respond again.
  const [withdrawals, setWithdrawals] = useState<ReadonlyMap<string, string>>(new Map());
  const without = <T,>(map: ReadonlyMap<string, T>, callId: string) => {
    if (!map.has(callId)) return map;
    const next = new Map(map);
    next.delete(callId);
    return next;
  };

  return {
    responding,
    settled,
    sent,
    withdrawals,
    // A new response to the call: what was said of the last one (sent, refused, withdrawn) is past.
    respond: (callId: string) => {
      setResponding(callId);
      setSent((current) => without(current, callId));
      setSettled((current) => without(current, callId));
      setWithdrawals((current) => without(current, callId));
    },
    putOff: (callId: string) => {
      setResponding(null);
      setFocus(respondButtonId(callId));
    },
    settle: (callId: string, state: CallState, seen?: string, message?: string) => setSettled((current) => new Map(current).set(callId, { state, seen, message })),
    sentResponse: (callId: string, responseId: string) => {
      setSent((current) => new Map(current).set(callId, responseId));
      setFocus(sentStatusId(callId));
    },
    withdrawn: (callId: string, said: string, callOpen: boolean) => {
      setWithdrawals((current) => new Map(current).set(callId, said));
      setSettled((current) => {
        const next = new Map(current);
        // Refused because the need partnered or closed meanwhile: no longer open, not to respond again.
        if (callOpen) next.delete(callId);
        else next.set(callId, { state: 'closed' });
        return next;
      });
      setResponding((current) => (current === callId ? null : current));
    },
  };
}

export type CallResponses = ReturnType<typeof useCallResponses>;

export const respondButtonId = (callId: string) => `respond-${callId}`;

/** The confirmation of a response sent to the call, shown while it waits for an answer. */
export const sentStatusId = (callId: string) => `response-sent-${callId}`;
