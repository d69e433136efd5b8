-- Server-side sessions replace the revocation list and users.sessions_valid_after: cookies issued before this
-- migration name no session row, so everyone signs in again.
DROP TABLE `revoked_sessions`;--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`ip` text,
	`ended_at` text,
	`end_reason` text,
	`replaces` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
-- Sign-in failures are counted per username and network, per network and per username; existing lockouts are lifted.
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`scope` text NOT NULL,
	`username` text,
	`network` text,
	`failures` integer NOT NULL,
	`window_started_at` text NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
CREATE INDEX `login_throttle_username` ON `login_throttle` (`username`);--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `sessions_valid_after`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `failed_logins`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `locked_until`;--> statement-breakpoint
-- When existing passwords were set is not known: their age counts from this migration. (SQLite adds a NOT NULL
-- column only with a default; the '' is never used, every insert sets the value.)
ALTER TABLE `users` ADD `password_changed_at` text NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE `users` SET `password_changed_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` text;--> statement-breakpoint
ALTER TABLE `users` ADD `disabled_at` text;--> statement-breakpoint
-- Tokens get a name (the former label), an expiry and why they were revoked. Live tokens run 90 days from now,
-- so that no integration stops on the day of the upgrade.
ALTER TABLE `api_tokens` RENAME COLUMN `label` TO `name`;--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `expires_at` text NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE `api_tokens` SET `expires_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+90 days');--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `revoke_reason` text;--> statement-breakpoint
UPDATE `api_tokens` SET `revoke_reason` = 'revoked' WHERE `revoked_at` IS NOT NULL;
