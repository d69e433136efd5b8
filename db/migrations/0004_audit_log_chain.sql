ALTER TABLE `audit_log` ADD `channel` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `token_name` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `ip` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;