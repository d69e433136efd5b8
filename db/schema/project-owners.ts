import { integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';
import { projects } from './projects';
import { users } from './users';

/** 项目负责人: a project may have several owners. */
export const projectOwners = sqliteTable(
  'project_owners',
  {
    projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] })],
);
