// Within this much, two remainders are the same, and a share a whole percent: 0.115 × 100 is
// 11.500000000000002 in floating point, which must not beat 25.5 on that alone.
const EPSILON = 1e-9;

/**
 * Shares of a whole as whole percents that add up to exactly 100, in the order given (largest
 * remainder method): each share gets its percent rounded down, and the percents left over go to
 * the largest remainders, one each; of equal remainders, the larger share's first, then the
 * earlier one's. Rounded each on its own, the hub's weights (55.3, 11.5, 6, 0.8, 0.9, 0, 25.5)
 * were shown as adding up to 100.7 %. The shares need not add up to 1 (the API rounds each to a
 * thousandth): they are taken as parts of their sum. All zero (or none): all 0.
 */
export function wholePercents(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (!(total > 0)) return shares.map(() => 0);
  const exact = shares.map((share) => (share / total) * 100);
  const percents = exact.map((value) => Math.floor(value + EPSILON));
  let left = 100 - percents.reduce((sum, percent) => sum + percent, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, value, remainder: value - percents[index] }))
    .sort((first, second) => (Math.abs(first.remainder - second.remainder) > EPSILON ? second.remainder - first.remainder : second.value - first.value || first.index - second.index));
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    percents[index] += 1;
    left -= 1;
  }
  return percents;
}
