CREATE TABLE `target_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`status` text NOT NULL,
	`before` text NOT NULL,
	`proposed` text NOT NULL,
	`reason` text NOT NULL,
	`proposed_by` integer NOT NULL,
	`proposed_at` text NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `target_changes_pending` ON `target_changes` (`indicator_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `target_changes_indicator` ON `target_changes` (`indicator_id`,`id`);--> statement-breakpoint
CREATE INDEX `target_changes_status` ON `target_changes` (`status`,`proposed_at`);