import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROUND_EVENTS, ROUND_PROJECT_STATES, ROUND_STATUSES } from '../../lib/rounds/vocabulary';
import { budgetYears } from './budget-years';
import { projects } from './projects';
import { users } from './users';

/**
 * 监控轮次 (DOMAIN.md §9): the administrator opens a round for one department–year, covering one month (`period`,
 * e.g. 2022-07 for 1–7月) with a deadline, and closes it. At most one round per department–year and month.
 */
export const monitoringRounds = sqliteTable(
  'monitoring_rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    budgetYearId: integer('budget_year_id').notNull().references(() => budgetYears.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    /** The last day to submit, YYYY-MM-DD. */
    deadline: text('deadline').notNull(),
    official: integer('official', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('open'),
    openedBy: integer('opened_by').notNull().references(() => users.id),
    openedAt: text('opened_at').notNull(),
    closedBy: integer('closed_by').references(() => users.id),
    closedAt: text('closed_at'),
  },
  (t) => [uniqueIndex('monitoring_rounds_year_period').on(t.budgetYearId, t.period)],
);

/** One project's state in a round. A project without a row has not been submitted (未填报). */
export const roundProjects = sqliteTable(
  'round_projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ROUND_PROJECT_STATES }).notNull().default('pending'),
    /** The latest review comment (退回) or the administrator's reason for reopening. */
    comment: text('comment').notNull().default(''),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('round_projects_round_project').on(t.roundId, t.projectId),
    index('round_projects_project_state').on(t.projectId, t.state),
  ],
);

/** 流转记录: every step of a project in a round (送审, 通过, 退回, 重新打开, 催报) with who, when and the comment. */
export const roundEvents = sqliteTable(
  'round_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ROUND_EVENTS }).notNull(),
    comment: text('comment').notNull().default(''),
    userId: integer('user_id').notNull().references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [index('round_events_round_project').on(t.roundId, t.projectId, t.id)],
);

/**
 * 催报: a leader's reminder to one owner about one project in a round, shown in the owner's 待办 and bell until read.
 * Every reminder is kept here, in one place, so a sender outside the app (e-mail, SMS) can deliver from it later.
 */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    sentBy: integer('sent_by').notNull().references(() => users.id),
    sentAt: text('sent_at').notNull(),
    readAt: text('read_at'),
  },
  (t) => [index('reminders_user').on(t.userId, t.readAt)],
);

export type MonitoringRound = typeof monitoringRounds.$inferSelect;
export type RoundProject = typeof roundProjects.$inferSelect;
export type RoundEvent = typeof roundEvents.$inferSelect;
export type Reminder = typeof reminders.$inferSelect;
