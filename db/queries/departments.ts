import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { departments, type Department } from '../schema';

export function listDepartments(db: DbOrTx): Department[] {
  return db.select().from(departments).orderBy(asc(departments.name)).all();
}
