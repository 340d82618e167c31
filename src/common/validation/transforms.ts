import { Transform } from 'class-transformer';

/** Trims surrounding white space, so "  " fails a non-empty check instead of being stored. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/**
 * Trims, and turns each run of line breaks and tabs inside into one space: a posting's title
 * pasted from a spreadsheet cell or an older system keeps its words on one line instead of
 * failing a partner's whole import. Other control characters are left for IsSingleLine to refuse.
 */
export const TrimToOneLine = () => Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ').trim() : value));

/** Removes repeated entries of a list, keeping the first. */
export const Unique = () => Transform(({ value }) => (Array.isArray(value) ? [...new Set(value)] : value));
