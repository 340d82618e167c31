/**
 * The advisory lock (the one-key form) between erasing an organization or deleting a person's
 * account and sending deliveries. Every send holds it shared, from its last look at the
 * database (the delivery still to be sent, the message composed from what is there) until the
 * SMTP server or the webhook's receiver has taken the message; eraseOrganization holds it
 * exclusively, taken before anything else, and deleteAccount right after locking the person's
 * row, until they commit. So a message composed before an erasure or a deletion is handed over
 * before it commits (it waits for the message: at most the send's timeouts), and one that was
 * not looks again after the commit and finds the organization gone, or itself skipped.
 */
export const ERASURE_LOCK = 7_471_269;
