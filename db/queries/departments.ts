import { asc } from 'drizzle-orm';
import type { Db } from '../client';
import { departments, type Department } from '../schema';

export function listDepartments(db: Db): Department[] {
  return db.select().from(departments).orderBy(asc(departments.name)).all();
}
