import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db';
import { departments, type User } from '@/db/schema';

/** What the audit log keeps of an account: never the password hash or the lockout counters. */
export function userSnapshot(db: DbOrTx, user: Pick<User, 'username' | 'displayName' | 'role' | 'departmentId'>) {
  const department =
    user.departmentId == null ? null : (db.select().from(departments).where(eq(departments.id, user.departmentId)).get()?.name ?? null);
  return { username: user.username, displayName: user.displayName, role: user.role, departmentId: user.departmentId, department };
}
