import { DigestFrequency } from '../../delivery.enums';
import { digestPeriodStart } from './digest.service';

describe('digest periods (07:00 in Ljubljana)', () => {
  it('start at the latest 07:00, in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(digestPeriodStart(new Date('2027-01-12T07:00:00Z'), DigestFrequency.DAILY).toISOString()).toBe('2027-01-12T06:00:00.000Z');
    expect(digestPeriodStart(new Date('2027-01-12T05:59:00Z'), DigestFrequency.DAILY).toISOString()).toBe('2027-01-11T06:00:00.000Z');
    expect(digestPeriodStart(new Date('2027-07-12T05:30:00Z'), DigestFrequency.DAILY).toISOString()).toBe('2027-07-12T05:00:00.000Z');
  });

  it('start on Monday for weekly digests', () => {
    // Thursday 14 January 2027 → Monday 11 January, 07:00 CET.
    expect(digestPeriodStart(new Date('2027-01-14T12:00:00Z'), DigestFrequency.WEEKLY).toISOString()).toBe('2027-01-11T06:00:00.000Z');
  });

  it('stay right across the end of summer time', () => {
    // Sunday 31 October 2027, 12:00 CET, after the 03:00 CEST → 02:00 CET switch: the week began
    // on Monday 25 October at 07:00 CEST (05:00 UTC), the day at 07:00 CET (06:00 UTC).
    expect(digestPeriodStart(new Date('2027-10-31T11:00:00Z'), DigestFrequency.WEEKLY).toISOString()).toBe('2027-10-25T05:00:00.000Z');
    expect(digestPeriodStart(new Date('2027-10-31T11:00:00Z'), DigestFrequency.DAILY).toISOString()).toBe('2027-10-31T06:00:00.000Z');
    expect(digestPeriodStart(new Date('2027-10-31T02:30:00Z'), DigestFrequency.DAILY).toISOString()).toBe('2027-10-30T05:00:00.000Z');
  });
});
