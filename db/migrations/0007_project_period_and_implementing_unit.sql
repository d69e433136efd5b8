ALTER TABLE `projects` ADD `period` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `implementing_unit` text;