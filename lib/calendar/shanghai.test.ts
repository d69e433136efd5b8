import { afterEach, describe, expect, it } from 'vitest';
import { beijingDate, beijingDay, beijingDayStart } from './shanghai';

const serverZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = serverZone;
});

/** Zones west of, at and east of Beijing: a rule that read the server's local calendar fails in one of them. */
const SERVER_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Asia/Tokyo'];

describe('the Beijing calendar', () => {
  it('is the same whatever zone the server runs in', () => {
    for (const zone of SERVER_ZONES) {
      process.env.TZ = zone;
      // 2022-06-30 16:30 UTC is already 1 July, 00:30 in Beijing; 2022-07-31 15:59 UTC is still 31 July there.
      expect(beijingDate(new Date('2022-06-30T16:30:00Z')), zone).toEqual({ year: 2022, month: 7, day: 1 });
      expect(beijingDate(new Date('2022-07-31T15:59:59Z')), zone).toEqual({ year: 2022, month: 7, day: 31 });
      expect(beijingDay(new Date('2023-12-31T16:00:00Z')), zone).toBe('2024-01-01');
      expect(beijingDayStart('2024-03-01').toISOString(), zone).toBe('2024-02-29T16:00:00.000Z');
    }
  });

  it('really changes the server zone in this test (so the test above can fail)', () => {
    const instant = new Date('2022-06-30T16:30:00Z');
    process.env.TZ = 'UTC';
    expect(instant.getDate()).toBe(30);
    process.env.TZ = 'Asia/Tokyo';
    expect(instant.getDate()).toBe(1);
  });
});
