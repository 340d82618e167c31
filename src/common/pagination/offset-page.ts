import { BadUserInputError } from '../errors/domain-errors';

/**
 * `first` and `offset` of a plain list field (Need.suggestions, Need.responses): null or
 * absent take the defaults. Refused as a page's @IsInt() @Min(1) @Max(max) would refuse
 * them, naming the end that was crossed.
 */
export function offsetPage(first: number | null | undefined, offset: number | null | undefined, sizes: { fallback: number; max: number }): { size: number; skip: number } {
  const size = first ?? sizes.fallback;
  if (!Number.isInteger(size) || size < 1 || size > sizes.max) {
    const rule = !Number.isInteger(size) ? { constraint: 'isInt' } : size < 1 ? { constraint: 'min', limit: 1 } : { constraint: 'max', limit: sizes.max };
    throw BadUserInputError.field('first', `must be from 1 to ${sizes.max}`, rule);
  }
  const skip = offset ?? 0;
  if (!Number.isInteger(skip) || skip < 0) {
    throw BadUserInputError.field('offset', 'must be 0 or more', Number.isInteger(skip) ? { constraint: 'min', limit: 0 } : { constraint: 'isInt' });
  }
  return { size, skip };
}
