// The API answered UNAUTHENTICATED: the session cookie expired or was cleared. The Apollo
// error link reports it here; the app shell listens and sends the reader to /login (what
// was typed stays in the drafts).
type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionExpired(): void {
  for (const listener of listeners) listener();
}
