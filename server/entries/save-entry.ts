import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '@/db';
import { entries, type Entry } from '@/db/schema';
import { findCurrentEntry, findIndicator, listCurrentEntries, listEntryHistory } from '@/db/queries/indicators';
import { isValidPeriod, periodYear } from '@/lib/monitoring';
import { formatNumber, formatPeriod } from '@/lib/format/number';
import type { NumberSource } from '@/lib/forms/number-schema';
import { formatTimestamp } from '@/lib/format/timestamp';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireWritableProject } from '../auth/access';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { assertPeriodOpen } from '../rounds/locked-period';
import { countChars, entryInputSchema } from './entry-input';
import { checkEntry } from './entry-rules';

export interface SaveEntryOptions {
  /** Numbers as JSON numbers (the API, the default) or as the text typed in the entry form. */
  numbers?: NumberSource;
  /** The id of the entry the client read for this month (null: it saw none). Undefined: replace whatever is there. */
  expectedEntryId?: number | null;
}

/** Who saved what, when: the 409 names the entry that is there now, in words a person can act on. */
function conflictMessage(db: DbOrTx, current: Entry | undefined, period: string): string {
  if (!current) return `${formatPeriod(period)}的填报已被删除或尚未保存，请刷新后重试`;
  const author = listEntryHistory(db, [current.indicatorId]).find((e) => e.id === current.id);
  const what = current.status ?? formatNumber(current.value, current.unit);
  return `${formatPeriod(period)}的填报刚被${author?.displayName ?? '他人'}于 ${formatTimestamp(current.createdAt)} 改为 ${what}，请核对后再决定是否替换`;
}

/** Logs (or replaces, keeping history) an indicator's value for one month: right → input → rules → transaction → audit. */
export function saveEntry(db: Db, actor: Actor, indicatorId: number, period: string, body: unknown, options: SaveEntryOptions = {}): Entry {
  const indicator = Number.isSafeInteger(indicatorId) ? findIndicator(db, indicatorId) : undefined;
  if (!indicator) throw new NotFoundError('指标不存在');
  const project = requireWritableProject(db, actor, indicator.projectId);

  const parsed = entryInputSchema(options.numbers ?? 'json').safeParse(body);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new ValidationError(parsed.error.issues[0]?.message ?? '填报内容有误', fieldErrors as Record<string, string[]>);
  }
  const input = parsed.data;
  if (!isValidPeriod(period) || periodYear(period) !== project.year) {
    throw new ValidationError(`填报月份应为 ${project.year} 年内的月份（如 ${project.year}-06）`, { period: ['月份无效'] });
  }
  assertPeriodOpen(db, project.id, period, '填报');
  const settings = loadMonitoringSettings(db);
  const noteLength = countChars(input.note.trim());
  if (noteLength > settings.noteMaxLength) {
    throw new ValidationError(`备注不能超过${settings.noteMaxLength}字（当前${noteLength}字）`, { note: ['过长'] });
  }
  const others = listCurrentEntries(db, [indicator.id], period).filter((e) => e.period !== period);
  const checked = checkEntry(indicator, period, input, others, settings);

  return db.transaction((tx) => {
    const current = findCurrentEntry(tx, indicator.id, period);
    if (options.expectedEntryId !== undefined && (current?.id ?? null) !== options.expectedEntryId) {
      throw new ConflictError(conflictMessage(tx, current, period), current ?? null);
    }
    const now = new Date().toISOString();
    if (current) tx.update(entries).set({ supersededAt: now }).where(and(eq(entries.id, current.id), isNull(entries.supersededAt))).run();
    const saved = tx
      .insert(entries)
      .values({
        indicatorId: indicator.id,
        period,
        ...checked,
        forecast: input.forecast ?? null,
        reasons: input.reasons,
        explanation: input.explanation.trim(),
        possibility: input.possibility ?? null,
        note: input.note.trim(),
        userId: actor.id,
        createdAt: now,
      })
      .returning()
      .get();
    recordAudit(tx, { actor, action: current ? 'entry.replace' : 'entry.create', entity: 'indicator', entityId: indicator.id, before: current ?? null, after: saved });
    return saved;
  });
}
