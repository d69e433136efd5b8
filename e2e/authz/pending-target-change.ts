import type Database from 'better-sqlite3';
import { expect, request } from '@playwright/test';
import { storageStateOf } from '../fixtures';
import { E2E_PORT } from '../test-env';

const BASE = `http://127.0.0.1:${E2E_PORT}`;

interface StoredTarget {
  kind: string;
  comparator: string | null;
  value: number | null;
  unit: string | null;
  direction: string | null;
  mode: string;
  plannedPeriod: string | null;
}

/**
 * A pending target change on `indicatorId` (of `owner`'s project), for the approve and reject rules to act on whichever
 * role's turn it is: the one waiting, else a new one `owner` proposes through the API (the indicator's target with its
 * direction turned, which changes no light of a qualitative indicator).
 */
export async function pendingTargetChange(db: Database.Database, indicatorId: number): Promise<number> {
  const waiting = db.prepare("select id from target_changes where indicator_id = ? and status = 'pending'").pluck().get(indicatorId);
  if (waiting !== undefined) return Number(waiting);
  const target = db
    .prepare('select target_kind kind, comparator, target_value value, target_unit unit, direction, mode, planned_period plannedPeriod from indicators where id = ?')
    .get(indicatorId) as StoredTarget;
  const owner = await request.newContext({ baseURL: BASE, storageState: storageStateOf('owner'), extraHTTPHeaders: { Origin: BASE } });
  try {
    const response = await owner.post(`/api/v1/indicators/${indicatorId}/target-changes`, {
      data: { ...target, direction: target.direction === 'higher' ? null : 'higher', reason: '授权矩阵：待审批的调整' },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()).id;
  } finally {
    await owner.dispose();
  }
}
