import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { expect, request } from '@playwright/test';
import { storageStateOf } from '../fixtures';
import { E2E_PORT } from '../test-env';

const BASE = `http://127.0.0.1:${E2E_PORT}`;

/** A real small PDF as a multipart `file`, the shape Playwright sends. */
export const SURVEY_PDF = { file: { name: '授权矩阵.pdf', mimeType: 'application/pdf', buffer: fs.readFileSync('test/fixtures/attachments/survey.pdf') } };

/**
 * An attachment of indicator `indicatorId`'s entry for `period` (owner's project), made through the API as the owner
 * when there is none: the entry first, if that month has none, then the file. Its id, for the download and removal rules.
 */
export async function attachmentOf(db: Database.Database, indicatorId: number, period: string): Promise<number> {
  const existing = db.prepare('select id from attachments where indicator_id = ? and period = ? order by id limit 1').pluck().get(indicatorId, period) as number | undefined;
  if (existing) return existing;
  await entryOf(db, indicatorId, period);
  const api = await request.newContext({ baseURL: BASE, storageState: storageStateOf('owner'), extraHTTPHeaders: { Origin: BASE } });
  try {
    const created = await api.post(`/api/v1/indicators/${indicatorId}/entries/${period}/attachments`, { multipart: SURVEY_PDF });
    expect(created.status(), await created.text()).toBe(201);
    return (await created.json()).id;
  } finally {
    await api.dispose();
  }
}

/** The owner's entry 达成 for a qualitative indicator's month, unless it has one. */
export async function entryOf(db: Database.Database, indicatorId: number, period: string): Promise<void> {
  const has = db.prepare('select 1 from entries where indicator_id = ? and period = ? and superseded_at is null').get(indicatorId, period);
  if (has) return;
  const api = await request.newContext({ baseURL: BASE, storageState: storageStateOf('owner'), extraHTTPHeaders: { Origin: BASE } });
  try {
    const saved = await api.put(`/api/v1/indicators/${indicatorId}/entries/${period}`, { data: { status: '达成' } });
    expect(saved.status(), await saved.text()).toBe(200);
  } finally {
    await api.dispose();
  }
}
