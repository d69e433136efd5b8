import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import { budgetYears, projectOwners, users } from '@/db/schema';
import { beijingDay } from '@/lib/calendar/shanghai';
import { actorOfUser } from '../auth/actor-of-user';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { closeRound, openRound } from '../rounds/manage-rounds';
import { takeRoundStep } from '../rounds/round-steps';

const DAY = 24 * 60 * 60 * 1000;

function actorNamed(db: Db, username: string): Actor {
  return actorOfUser(db.select().from(users).where(eq(users.username, username)).get()!);
}

/** Submits a project as its owner; false when the month is not complete (the demo leaves some of it to do). */
function trySubmit(db: Db, owner: Actor, roundId: number, projectId: number): boolean {
  try {
    takeRoundStep(db, owner, roundId, projectId, 'submit');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/**
 * Demo monitoring rounds, through the same use cases people use (so the 流转记录 and the audit log tell the story):
 * the official round on 1–7月, every complete project submitted and approved, then closed (those months are locked);
 * and an open year-end round on December due in ten days, where a few projects wait for the leader (待审核), one was
 * returned with a comment and the rest are still to be filled (待填报).
 */
export function seedDemoRounds(db: Db, budgetYearId: number, year: number): void {
  const admin = actorNamed(db, 'admin');
  const leader = actorNamed(db, 'leader');
  const departmentId = db.select().from(budgetYears).where(eq(budgetYears.id, budgetYearId)).get()!.departmentId;
  const owners = new Map(db.select().from(projectOwners).all().map((o) => [o.projectId, o.userId]));
  const ownerOf = (projectId: number) => actorOfUser(db.select().from(users).where(eq(users.id, owners.get(projectId)!)).get()!);
  const projects = listProjectsOfBudgetYear(db, budgetYearId);

  const july = openRound(db, admin, { year, departmentId, period: `${year}-07`, deadline: `${year}-08-15`, official: true });
  for (const project of projects) {
    if (trySubmit(db, ownerOf(project.id), july.id, project.id)) takeRoundStep(db, leader, july.id, project.id, 'approve', { comment: '同意' });
  }
  closeRound(db, admin, july.id);

  const deadline = beijingDay(new Date(Date.now() + 10 * DAY));
  const december = openRound(db, admin, { year, departmentId, period: `${year}-12`, deadline, official: false });
  const submitted = [];
  for (const project of projects) {
    if (submitted.length < 6 && trySubmit(db, ownerOf(project.id), december.id, project.id)) submitted.push(project);
  }
  const returned = submitted[0];
  if (returned) takeRoundStep(db, leader, december.id, returned.id, 'return', { comment: '12月执行数与财务系统不一致，请核对后重新送审' });
  for (const project of submitted.slice(1, 3)) takeRoundStep(db, leader, december.id, project.id, 'approve', { comment: '同意' });
}
