CREATE TABLE `self_evaluation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evaluation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`indicator_id` integer,
	`text` text NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`evaluation_id`) REFERENCES `self_evaluations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `self_evaluation_events_evaluation` ON `self_evaluation_events` (`evaluation_id`,`id`);--> statement-breakpoint
CREATE TABLE `self_evaluation_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evaluation_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`not_applicable` integer DEFAULT false NOT NULL,
	`qualitative_share` real,
	`reason` text DEFAULT '' NOT NULL,
	`analysis` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`evaluation_id`) REFERENCES `self_evaluations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `self_evaluation_lines_indicator` ON `self_evaluation_lines` (`evaluation_id`,`indicator_id`);--> statement-breakpoint
CREATE TABLE `self_evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`adjusted_budget` real,
	`goal_actual` text DEFAULT '' NOT NULL,
	`budget_analysis` text DEFAULT '' NOT NULL,
	`snapshot` text,
	`comment` text DEFAULT '' NOT NULL,
	`updated_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `self_evaluations_project_id_unique` ON `self_evaluations` (`project_id`);