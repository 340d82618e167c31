/**
 * Today's day in Slovenia as yyyy-mm-dd, whatever the reader's time zone: the day the API
 * counts from (its Clock.today), so that the form and the API refuse the same days.
 */
export function todayInSlovenia(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Ljubljana' }).format(now);
}
