import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, projects } from '@/db/schema';
import { saveEntry } from '../entries/save-entry';
import { ForbiddenError, ValidationError } from '../errors';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { assignProjectOwners } from './assign-project-owners';
import { createUser } from './create-user';
import { getOwnerAssignments } from './owner-assignments';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const PROJECT = '2023年金融中介机构补贴';
const projectId = () => db.select().from(projects).where(eq(projects.name, PROJECT)).get()!.id;

describe('project owners', () => {
  it('lists each project with its owners and the department’s 项目负责人', () => {
    const view = getOwnerAssignments(db, actorOf(db, 'admin'), null)!;
    expect(view.projects).toHaveLength(34);
    expect(view.candidates.map((c) => c.username)).toEqual(['owner', 'owner2']);
    expect(view.projects.find((p) => p.name === PROJECT)!.ownerIds).toEqual([actorOf(db, 'owner2').id]);
    expect(() => getOwnerAssignments(db, actorOf(db, 'leader'), null)).toThrow(ForbiddenError);
  });

  it('hands a project to a new owner: the new owner may write, the old one is refused', () => {
    const admin = actorOf(db, 'admin');
    const { id: owner3 } = createUser(db, admin, { username: 'owner3', displayName: '项目负责人丙', role: 'owner', departmentId: 1, password: 'owner3pass' });
    const changed = assignProjectOwners(db, admin, { budgetYearId: 1, assignments: [{ projectId: projectId(), userIds: [owner3] }] });
    expect(changed).toBe(1);

    const indicator = indicatorOf(db, PROJECT, '小贷公司增资落户奖励');
    expect(saveEntry(db, actorOf(db, 'owner3'), indicator.id, '2022-06', { value: 1 })).toMatchObject({ value: 1 });
    expect(() => saveEntry(db, actorOf(db, 'owner2'), indicator.id, '2022-07', { value: 2 })).toThrow(ForbiddenError);

    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'project.owners')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      username: 'admin',
      entity: 'project',
      entityId: String(projectId()),
      before: { project: PROJECT, owners: ['owner2'] },
      after: { project: PROJECT, owners: ['owner3'] },
    });
  });

  it('writes and audits only the projects that changed', () => {
    const admin = actorOf(db, 'admin');
    const view = getOwnerAssignments(db, admin, 1)!;
    const same = view.projects.map((p) => ({ projectId: p.id, userIds: p.ownerIds }));
    expect(assignProjectOwners(db, admin, { budgetYearId: 1, assignments: same })).toBe(0);
  });

  it('refuses to leave a project without owners, or to pick someone outside the department’s 项目负责人', () => {
    const admin = actorOf(db, 'admin');
    expect(() => assignProjectOwners(db, admin, { budgetYearId: 1, assignments: [{ projectId: projectId(), userIds: [] }] })).toThrow(
      `每个项目至少需要一名负责人：${PROJECT}`,
    );
    const leader = actorOf(db, 'leader');
    expect(() => assignProjectOwners(db, admin, { budgetYearId: 1, assignments: [{ projectId: projectId(), userIds: [leader.id] }] })).toThrow(
      ValidationError,
    );
    expect(() => assignProjectOwners(db, admin, { budgetYearId: 1, assignments: [{ projectId: 99_999, userIds: [leader.id] }] })).toThrow(
      '项目不属于所选的部门年度目标表',
    );
    expect(getOwnerAssignments(db, admin, 1)!.projects.find((p) => p.name === PROJECT)!.ownerIds).toEqual([actorOf(db, 'owner3').id]);
  });
});
