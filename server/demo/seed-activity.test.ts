import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count, isNotNull } from 'drizzle-orm';
import { entries, monitoringRounds } from '@/db/schema';
import { countRoundStates, listRoundProjectStates, listRoundsOfYear } from '@/db/queries/rounds';
import { beijingDay } from '@/lib/calendar/shanghai';
import { prepareDatabase } from '../setup/prepare-database';
import { getOverview } from '../overview/get-overview';
import { resolveScope } from '../scope/resolve-scope';
import { actorOf } from '@/test/support/demo-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-activity-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('demo activity', () => {
  it('gives the dashboards a year of entries in every light, with reasons where behind', () => {
    const { db } = prepareDatabase(path.join(dir, 'demo.db'), { demoActivity: true });
    const leader = actorOf(db, 'leader');
    const scope = resolveScope(db, leader, { asOf: '2022-11' })!;
    const overview = getOverview(db, leader, scope);
    expect(overview.reportedIndicatorCount).toBeGreaterThan(150);
    for (const light of ['red', 'yellow', 'green'] as const) expect(overview.indicatorsByLight[light]).toBeGreaterThan(0);
    expect(overview.executionRate).toBeGreaterThan(0.4);
    const lagging = overview.attention.projects.flatMap((p) => p.indicators);
    expect(lagging.every((i) => i.light === 'red' || i.light === 'yellow')).toBe(true);
    expect(lagging.some((i) => i.reasons.length > 0)).toBe(true);
    expect(db.select({ n: count() }).from(entries).where(isNotNull(entries.supersededAt)).get()!.n).toBe(0);

    // The official round on 1–7月: all 34 projects of the seed table approved, then closed; December open, due in ten
    // days, with six projects submitted: one returned, two approved, three waiting for the leader.
    const [july, december] = listRoundsOfYear(db, 2022, null).sort((a, b) => a.period.localeCompare(b.period));
    expect([july!.period, july!.official, july!.status]).toEqual(['2022-07', true, 'closed']);
    expect(countRoundStates(listRoundProjectStates(db, july!))).toEqual({ pending: 0, submitted: 0, approved: 34, returned: 0 });
    expect([december!.period, december!.status, december!.deadline]).toEqual(['2022-12', 'open', beijingDay(new Date(Date.now() + 10 * 86_400_000))]);
    expect(countRoundStates(listRoundProjectStates(db, december!))).toEqual({ pending: 28, submitted: 3, approved: 2, returned: 1 });
    expect(db.select({ n: count() }).from(monitoringRounds).get()!.n).toBe(2);
    db.$client.close();
  });
});
