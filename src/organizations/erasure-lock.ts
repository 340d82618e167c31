/**
 * The advisory lock (the one-key form) between erasing an organization and sending its
 * deliveries. Every send holds it shared, from its last look at the database (the delivery
 * still to be sent, the message composed from what is there) until the SMTP server or the
 * webhook's receiver has taken the message; eraseOrganization holds it exclusively, taken
 * before anything else, until it commits. So a message composed before an erasure is handed
 * over before the erasure commits (the erasure waits for it: at most the send's timeouts),
 * and one that was not looks again after the commit and finds the organization gone.
 */
export const ERASURE_LOCK = 7_471_269;
