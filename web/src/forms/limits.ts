// The API's limits on whole numbers (src/needs/dto/create-need.input.ts,
// src/offers/dto/create-offer.input.ts: @Max), for the forms' inputs.
/** A need's budget or an offer's value, in euros. */
export const MAX_EUR = 100_000_000;
/** How many at once an offer can serve. */
export const MAX_CAPACITY = 10_000;

/**
 * An e-mail address the API can take: something@domain.tld. The browser's own check of
 * type="email" lets "ime@dpm-bled" through, which the API refuses (class-validator's isEmail
 * wants a top-level domain): on /hub that was found only after the organization was stored,
 * when its first invitation was refused. The browser checks this first.
 */
export const EMAIL_PATTERN = '[^@\\s]+@[^@\\s]+\\.[^@\\s]+';
