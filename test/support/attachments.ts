/** Helpers for 佐证材料 tests: a sample file as an upload, what lies in the attachments folder, a locked month. */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db';
import { monitoringRounds, projects, roundProjects } from '@/db/schema';
import { eq } from 'drizzle-orm';
import type { ReadUpload } from '@/server/attachments/upload-rules';

/** A file of test/fixtures/attachments (or any path) sent under `name` (default: its own name). */
export function uploadOf(file: string, name = path.basename(file)): ReadUpload {
  const full = file.includes('/') ? file : `test/fixtures/attachments/${file}`;
  return async () => ({ name, bytes: new Uint8Array(fs.readFileSync(full)) });
}

export function uploadBytes(bytes: Uint8Array, name: string): ReadUpload {
  return async () => ({ name, bytes });
}

/** Every file under the database's attachments folder, relative to it. */
export function storedFiles(databaseFile: string): string[] {
  const dir = path.join(path.dirname(databaseFile), 'attachments');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** What an approved round of `period` leaves behind for a project: that month and the earlier ones locked. */
export function approveRoundOf(db: Db, projectId: number, period: string, adminId: number): void {
  const project = db.select().from(projects).where(eq(projects.id, projectId)).get()!;
  const now = new Date().toISOString();
  const round = db.insert(monitoringRounds).values({ budgetYearId: project.budgetYearId, period, deadline: `${period}-28`, openedBy: adminId, openedAt: now }).returning().get();
  db.insert(roundProjects).values({ roundId: round.id, projectId, state: 'approved', updatedBy: adminId, updatedAt: now }).run();
}
