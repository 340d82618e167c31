import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * What the sign-in page says once on arrival: the account was deleted (DeleteAccountSection),
 * the session expired (the signed-in shell). It travels in the history entry's state, not in
 * the address: in the address (`?deleted=1`, `?expired=1`) it was said again after a reload
 * and kept in a bookmark.
 */
export type LoginNotice = 'accountDeleted' | 'sessionExpired';

export interface LoginNoticeState {
  loginNotice: LoginNotice;
}

/** The state to navigate to /login with, for it to say `notice` once. */
export const loginNoticeState = (notice: LoginNotice): LoginNoticeState => ({ loginNotice: notice });

const noticeOf = (state: unknown): LoginNotice | null => {
  const notice = (state as Partial<LoginNoticeState> | null)?.loginNotice;
  return notice === 'accountDeleted' || notice === 'sessionExpired' ? notice : null;
};

/**
 * The notice the sign-in page came with, read once: then dropped from the history entry (a
 * reload keeps an entry's state), so that a reload, Back and Forward, or a bookmark of /login
 * do not say it again. The address stays as it was (its `next`); the notice stays on screen.
 */
export function useLoginNotice(): LoginNotice | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => noticeOf(location.state));
  useEffect(() => {
    if (noticeOf(location.state)) {
      navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
    }
  }, [location, navigate]);
  return notice;
}
