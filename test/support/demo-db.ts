import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { indicators, projects, users } from '@/db/schema';
import type { Actor } from '@/server/auth/actor';
import { actorOfUser } from '@/server/auth/actor-of-user';
import { signInWithPassword } from '@/server/auth/sign-in';
import { prepareDatabase } from '@/server/setup/prepare-database';

/** A fresh SQLite file with the migrations and the demo data, for tests of the real stack. */
export function createDemoDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-test-'));
  const file = path.join(dir, 'test.db');
  const { db } = prepareDatabase(file);
  return { db, file, cleanup: () => (db.$client.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

export function actorOf(db: Db, username: string): Actor {
  const user = db.select().from(users).where(eq(users.username, username)).get();
  if (!user) throw new Error(`no demo user ${username}`);
  return actorOfUser(user);
}

/** The indicator named `name` of the project named `project`. */
export function indicatorOf(db: Db, project: string, name: string) {
  const row = db
    .select({ indicator: indicators })
    .from(indicators)
    .innerJoin(projects, eq(indicators.projectId, projects.id))
    .where(eq(projects.name, project))
    .all()
    .find((r) => r.indicator.name === name);
  if (!row) throw new Error(`no indicator ${project} / ${name}`);
  return row.indicator;
}

/** Signs in as a demo user (password demo1234 unless given) and returns the actor of that session. */
export function signedInActor(db: Db, username: string, password = 'demo1234', ip: string | null = null): Actor & { sessionId: string } {
  const result = signInWithPassword(db, { username, password, ip });
  if (!result.ok) throw new Error(`sign-in of ${username} failed: ${result.reason}`);
  const origin = { channel: 'session' as const, ip };
  return { ...actorOfUser(result.user, { origin, sessionId: result.sessionId }), sessionId: result.sessionId };
}
