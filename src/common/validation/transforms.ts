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

/**
 * Trims, and turns each run of spaces inside (no-break and other Unicode spaces among them)
 * into one plain space: an organization's name typed "Društvo  Sonček" is stored as
 * "Društvo Sonček", the name /hub's same-name check compared (case aside) before staff chose
 * to register it anyway, and not a near-twin that lists and searches tell apart. Line breaks
 * and tabs inside are left for IsSingleLine to refuse.
 */
export const TrimToSingleSpaces = () => Transform(({ value }) => (typeof value === 'string' ? value.replace(/\p{Zs}+/gu, ' ').trim() : value));

/**
 * A davčna številka as the VAT register and invoices write it: "SI12345679", "si 1234 5679".
 * The "SI" prefix (any case) and the spaces (any white space: pasted numbers bring no-break
 * spaces) are dropped, so that the 8 digits are checked and stored, and one number is one value
 * for the unique key however it was typed. Anything else (a dash, another country's prefix) is
 * left for IsSlovenianTaxNumber to refuse.
 */
export const TaxNumberDigits = () => Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '').replace(/^SI/i, '') : value));
