CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_name_unique` ON `departments` (`name`);--> statement-breakpoint
CREATE TABLE `budget_years` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`unit` text DEFAULT '万元' NOT NULL,
	`total` real,
	`fiscal` real,
	`special_account` real,
	`other` real,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_years_department_year` ON `budget_years` (`department_id`,`year`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`department_id` integer,
	`password_hash` text NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`budget_year_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`name` text NOT NULL,
	`total` real,
	`fiscal` real,
	`special_account` real,
	`other` real,
	`goal` text DEFAULT '' NOT NULL,
	`key_monitored` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`budget_year_id`) REFERENCES `budget_years`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_budget_year` ON `projects` (`budget_year_id`,`seq`);--> statement-breakpoint
CREATE TABLE `project_owners` (
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`category` text,
	`subcategory` text,
	`name` text NOT NULL,
	`target_text` text NOT NULL,
	`target_kind` text NOT NULL,
	`comparator` text,
	`target_value` real,
	`target_unit` text,
	`direction` text,
	`mode` text NOT NULL,
	`weight` real,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `indicators_project` ON `indicators` (`project_id`,`seq`);--> statement-breakpoint
CREATE TABLE `entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`period` text NOT NULL,
	`value` real,
	`unit` text,
	`status` text,
	`forecast` real,
	`reasons` text DEFAULT '[]' NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`possibility` text,
	`note` text DEFAULT '' NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`superseded_at` text,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entries_current` ON `entries` (`indicator_id`,`period`) WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX `entries_indicator` ON `entries` (`indicator_id`,`period`);--> statement-breakpoint
CREATE TABLE `budget_executions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`period` text NOT NULL,
	`amount` real NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`superseded_at` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_executions_current` ON `budget_executions` (`project_id`,`period`) WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX `budget_executions_project` ON `budget_executions` (`project_id`,`period`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`username` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
