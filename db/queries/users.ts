import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { preparedOnce } from '../prepared';
import type { Role } from '../../lib/auth/roles';
import { budgetYears, departments, projectOwners, projects, users, type User } from '../schema';

const userById = preparedOnce((db) => db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare());

export function findUserById(db: DbOrTx, id: number): User | undefined {
  return Number.isSafeInteger(id) ? userById(db).get({ id }) : undefined;
}

/** Usernames are unique regardless of case, so that 'Owner3' and 'owner3' cannot both exist. */
export function findUserByUsernameIgnoringCase(db: DbOrTx, username: string): User | undefined {
  return db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`).get();
}

/** How many enabled accounts have this role (the last enabled 系统管理员 must stay). */
export function countEnabledUsersWithRole(db: DbOrTx, role: Role): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, role), isNull(users.disabledAt))).get()!.n;
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  departmentName: string | null;
  mustChangePassword: User['mustChangePassword'];
  passwordChangedAt: string;
  disabledAt: string | null;
  ownedProjects: number;
}

/** Every account with its department and how many projects it owns; never the password hash. */
export function listUserRows(db: DbOrTx): UserRow[] {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      departmentId: users.departmentId,
      departmentName: departments.name,
      mustChangePassword: users.mustChangePassword,
      passwordChangedAt: users.passwordChangedAt,
      disabledAt: users.disabledAt,
      ownedProjects: sql<number>`(select count(*) from ${projectOwners} where ${projectOwners.userId} = ${users.id})`,
    })
    .from(users)
    .leftJoin(departments, eq(users.departmentId, departments.id))
    .orderBy(asc(users.id))
    .all();
}

/** The 项目负责人 of a department, the candidates for owning its projects. */
export function listOwnersOfDepartment(db: DbOrTx, departmentId: number): Pick<User, 'id' | 'username' | 'displayName'>[] {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(sql`${users.role} = 'owner' and ${users.departmentId} = ${departmentId}`)
    .orderBy(asc(users.id))
    .all();
}

export interface OwnedProject {
  id: number;
  name: string;
  departmentId: number;
  /** How many owners the project has, this user included. */
  ownerCount: number;
}

/** The projects a user owns, for the checks when the user's role or department changes. */
export function listOwnedProjects(db: DbOrTx, userId: number): OwnedProject[] {
  const owners = db
    .select({ projectId: projectOwners.projectId, n: count().as('n') })
    .from(projectOwners)
    .groupBy(projectOwners.projectId)
    .as('owners');
  return db
    .select({ id: projects.id, name: projects.name, departmentId: budgetYears.departmentId, ownerCount: owners.n })
    .from(projectOwners)
    .innerJoin(projects, eq(projectOwners.projectId, projects.id))
    .innerJoin(budgetYears, eq(projects.budgetYearId, budgetYears.id))
    .innerJoin(owners, eq(owners.projectId, projects.id))
    .where(eq(projectOwners.userId, userId))
    .orderBy(asc(projects.id))
    .all();
}
