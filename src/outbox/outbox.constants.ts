/** The PostgreSQL channel an outbox insert notifies at commit, to wake the relay at once. */
export const OUTBOX_CHANNEL = 'grozd_outbox';
