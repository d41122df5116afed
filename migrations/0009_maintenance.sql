CREATE TABLE `maintenances` (
	`incident_id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`status` text NOT NULL,
	`scheduled_start_at` integer NOT NULL,
	`scheduled_end_at` integer NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "maintenances_status_known" CHECK("maintenances"."status" in ('scheduled','in_progress','verifying','completed','cancelled')),
	CONSTRAINT "maintenances_window" CHECK("maintenances"."scheduled_end_at" > "maintenances"."scheduled_start_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `maintenances_uid_unique` ON `maintenances` (`uid`);--> statement-breakpoint
CREATE INDEX `maintenances_status_start_idx` ON `maintenances` (`status`,`scheduled_start_at`);--> statement-breakpoint
CREATE TABLE `update_maintenance` (
	`update_id` integer PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`rescheduled` integer DEFAULT false NOT NULL,
	`scheduled_start_at` integer NOT NULL,
	`scheduled_end_at` integer NOT NULL,
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "update_maintenance_status_known" CHECK("update_maintenance"."status" in ('scheduled','in_progress','verifying','completed','cancelled'))
);
