import { SystemClock } from '../../src/common/clock/clock';

// Dates for fixtures that must stay ahead of (or behind) the day the tests run: the service
// refuses an endsOn or respondBy already past in Slovenia and expires postings whose last day
// went by, by the real clock. A test about one particular calendar day fixes Clock instead.

/** Today in Slovenia (yyyy-mm-dd), as the service's own clock counts it. */
const today = (): string => new SystemClock().today();

const utcDay = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);

const todayParts = () => today().split('-').map(Number) as [number, number, number];

/** Day `day` of the month `count` months after this one in Slovenia. */
export function monthDay(count: number, day: number): string {
  const [year, month] = todayParts();
  return utcDay(year, month - 1 + count, day);
}

/** The first day of the month `count` months after this one in Slovenia. */
export const monthStart = (count: number): string => monthDay(count, 1);

/** The last day of the month `count` months after this one in Slovenia. */
export function monthEnd(count: number): string {
  const [year, month] = todayParts();
  return utcDay(year, month + count, 0);
}

/** The first 29 February from today on in Slovenia. */
export function nextLeapDay(): string {
  const isLeap = (year: number) => new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29;
  let year = todayParts()[0];
  while (!isLeap(year) || `${year}-02-29` < today()) year++;
  return `${year}-02-29`;
}
