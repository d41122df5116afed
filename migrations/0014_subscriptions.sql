CREATE TABLE `subscriber_services` (
	`subscriber_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	PRIMARY KEY(`subscriber_id`, `service_id`),
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `subscriber_services_service_idx` ON `subscriber_services` (`service_id`);--> statement-breakpoint
CREATE TABLE `subscribers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`locale` text NOT NULL,
	`scope` text NOT NULL,
	`incident_id` integer,
	`link_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	`quarantined_at` integer,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "subscribers_scope_known" CHECK("subscribers"."scope" in ('everything','services','incident'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_email_unique` ON `subscribers` (`email`);--> statement-breakpoint
CREATE INDEX `subscribers_confirmed_idx` ON `subscribers` (`confirmed_at`);--> statement-breakpoint
CREATE INDEX `subscribers_incident_idx` ON `subscribers` (`incident_id`);--> statement-breakpoint
CREATE TABLE `subscription_secret` (
	`id` integer PRIMARY KEY NOT NULL,
	`secret` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "subscription_secret_single_row" CHECK("subscription_secret"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `subscription_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`requests` integer NOT NULL,
	`window_started_at` integer NOT NULL
);
