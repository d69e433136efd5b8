import fs from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db';
import { budgetYears, projectOwners, users } from '@/db/schema';
import { writeSetting } from '@/db/queries/app-settings';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import { belongsToDepartment } from '@/lib/auth/roles';
import { decodeTableText, parseInlineTable } from '@/lib/target-table';
import { hashPassword } from '../auth/password';
import { importTable } from '../import/import-table';
import { DEMO_ACCOUNTS, DEMO_MODE_SETTING, DEMO_PASSWORD } from './demo-mode';
import { seedDemoActivity } from './seed-activity';
import { seedDemoRounds } from './seed-rounds';

export const DEMO_YEAR = 2022;
export const DEMO_TABLE = 'db/seed-data/guangzhou-jinrong-2022.txt';

/**
 * On an empty database: imports the seed table as budget year 2022 and creates the demo accounts (password
 * DEMO_PASSWORD) in demo mode; with `activity`, also a year of demo entries and budget execution so the dashboards
 * have something to show, and the monitoring rounds of that year.
 */
export function seedDemo(db: Db, { activity = false } = {}): boolean {
  if (db.select({ n: count() }).from(users).get()!.n > 0) return false;
  const bytes = fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), DEMO_TABLE));
  const preview = parseInlineTable(decodeTableText(bytes));
  const budgetYearId = db.transaction((tx) => {
    const { budgetYearId } = importTable(tx, null, preview, { year: DEMO_YEAR });
    const departmentId = listBudgetYearDepartment(tx, budgetYearId);
    const ids = new Map<string, number>();
    const now = new Date().toISOString();
    for (const { username, displayName, role } of DEMO_ACCOUNTS) {
      const row = {
        username,
        displayName,
        role,
        departmentId: belongsToDepartment(role) ? departmentId : null,
        passwordHash: hashPassword(DEMO_PASSWORD),
        passwordChangedAt: now,
        createdAt: now,
      };
      ids.set(username, Number(tx.insert(users).values(row).run().lastInsertRowid));
    }
    const projects = listProjectsOfBudgetYear(tx, budgetYearId);
    const half = Math.ceil(projects.length / 2);
    projects.forEach((project, i) => {
      const userId = ids.get(i < half ? 'owner' : 'owner2')!;
      tx.insert(projectOwners).values({ projectId: project.id, userId }).run();
    });
    if (activity) seedDemoActivity(tx, budgetYearId, DEMO_YEAR);
    writeSetting(tx, DEMO_MODE_SETTING, true);
    return budgetYearId;
  });
  if (activity) seedDemoRounds(db, budgetYearId, DEMO_YEAR);
  return true;
}

function listBudgetYearDepartment(db: DbOrTx, budgetYearId: number): number {
  const row = db.select().from(budgetYears).where(eq(budgetYears.id, budgetYearId)).get();
  if (!row) throw new Error('budget year vanished during seeding');
  return row.departmentId;
}
