import { useEffect, useState } from 'react';
import type { CallState } from '../components/RespondForm';

/**
 * What the reader did with the calls a page shows (/calls' list, a need's own page), kept by
 * the page so that it outlives a call's row: the call whose response form is open (one at a
 * time), calls the API refused to take a response for, and what came of withdrawing ours.
 */
export function useCallResponses() {
  const [responding, setResponding] = useState<string | null>(null);
  // A response put off: the focus goes back to the call's Respond button, which the form had replaced.
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!returnFocus) return;
    document.getElementById(returnFocus)?.focus();
    setReturnFocus(null);
  }, [returnFocus]);
  // Calls the API refused to take a response for on this page (answered before, or closed since
  // the page was read). A response sent here needs no entry: the mutation writes it into the
  // cache as the need's ownResponse, which the page reads, also when the person comes back.
  const [settled, setSettled] = useState<ReadonlyMap<string, CallState>>(new Map());
  // What came of withdrawing our response to a call, said (and focused) where the call offers to respond again.
  const [withdrawals, setWithdrawals] = useState<ReadonlyMap<string, string>>(new Map());

  return {
    responding,
    settled,
    withdrawals,
    respond: (callId: string) => setResponding(callId),
    putOff: (callId: string) => {
      setResponding(null);
      setReturnFocus(respondButtonId(callId));
    },
    settle: (callId: string, state: CallState) => setSettled((current) => new Map(current).set(callId, state)),
    withdrawn: (callId: string, said: string, callOpen: boolean) => {
      setWithdrawals((current) => new Map(current).set(callId, said));
      setSettled((current) => {
        const next = new Map(current);
        // Refused because the need partnered or closed meanwhile: no longer open, not to respond again.
        if (callOpen) next.delete(callId);
        else next.set(callId, 'closed');
        return next;
      });
      setResponding((current) => (current === callId ? null : current));
    },
  };
}

export type CallResponses = ReturnType<typeof useCallResponses>;

export const respondButtonId = (callId: string) => `respond-${callId}`;
