// The API's limits on whole numbers (src/needs/dto/create-need.input.ts,
// src/offers/dto/create-offer.input.ts: @Max), for the forms' inputs.
/** A need's budget or an offer's value, in euros. */
export const MAX_EUR = 100_000_000;
/** How many at once an offer can serve. */
export const MAX_CAPACITY = 10_000;
