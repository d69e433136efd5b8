import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count, isNotNull } from 'drizzle-orm';
import { entries } from '@/db/schema';
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
    db.$client.close();
  });
});
