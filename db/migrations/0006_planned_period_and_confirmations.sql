ALTER TABLE `indicators` ADD `planned_period` text;--> statement-breakpoint
ALTER TABLE `entries` ADD `confirmed_warnings` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `budget_executions` ADD `confirmed_warnings` text DEFAULT '[]' NOT NULL;