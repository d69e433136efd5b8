/** REST API v1 entry resource: one indicator's value for one month, through saveEntry. */
import type { Db } from '@/db';
import { findIndicator, listEntryHistory } from '@/db/queries/indicators';
import type { Entry } from '@/db/schema';
import type { Period } from '@/lib/monitoring/types';
import type { Actor } from '../auth/actor';
import { saveEntry } from '../entries/save-entry';
import { ConflictError } from '../errors';
import { getProjectDetail } from '../projects/get-project-detail';
import { versionEtag } from './params';
import { entryJson, indicatorJson } from './project-json';
import type { IndicatorJson } from './schemas/project';

/**
 * Logs (or replaces, keeping history) the entry of `period`; `expectedEntryId` from If-Match makes a
 * replacement conditional. Returns the indicator as of that month and the saved entry's ETag.
 */
export function putEntryJson(
  db: Db,
  actor: Actor,
  indicatorId: number,
  period: Period,
  body: Record<string, unknown>,
  expectedEntryId: number | null | undefined,
): { indicator: IndicatorJson; etag: string } {
  let saved: Entry;
  try {
    saved = saveEntry(db, actor, indicatorId, period, body, { expectedEntryId });
  } catch (error) {
    throw error instanceof ConflictError ? conflictWithEntryJson(db, error) : error;
  }
  const projectId = findIndicator(db, saved.indicatorId)!.projectId;
  const detail = getProjectDetail(db, actor, projectId, () => period);
  const indicator = detail.indicators.find((i) => i.indicator.id === saved.indicatorId)!;
  return { indicator: indicatorJson(indicator, period), etag: versionEtag(saved.id) };
}

/** The 409 names the entry that is there now in the API's own shape, so the client can show it and retry. */
function conflictWithEntryJson(db: Db, error: ConflictError): ConflictError {
  const current = error.current as Entry | null;
  if (!current) return error;
  const withAuthor = listEntryHistory(db, [current.indicatorId]).find((e) => e.id === current.id);
  return withAuthor ? new ConflictError(error.message, entryJson(withAuthor)) : error;
}
