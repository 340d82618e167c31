import { Transform } from 'class-transformer';

/** Trims surrounding white space, so "  " fails a non-empty check instead of being stored. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Removes repeated entries of a list, keeping the first. */
export const Unique = () => Transform(({ value }) => (Array.isArray(value) ? [...new Set(value)] : value));
