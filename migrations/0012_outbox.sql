CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outbox_id` integer NOT NULL,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer,
	`claim_token` text,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "deliveries_status_known" CHECK("deliveries"."status" in ('pending','sent','gave_up'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_key_idx` ON `deliveries` (`outbox_id`,`channel`,`recipient`);--> statement-breakpoint
CREATE INDEX `deliveries_due_idx` ON `deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`incident_id` integer,
	`update_id` integer,
	`service_ids` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL,
	`fanned_out_at` integer,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outbox_kind_known" CHECK(kind in ('update','maintenance-started','maintenance-ended'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_update_idx` ON `outbox` (`update_id`);--> statement-breakpoint
CREATE INDEX `outbox_pending_idx` ON `outbox` (`fanned_out_at`);--> statement-breakpoint
CREATE TABLE `webhook_endpoint_services` (
	`endpoint_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	PRIMARY KEY(`endpoint_id`, `service_id`),
	FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`scope` text DEFAULT 'all' NOT NULL,
	`secret` text NOT NULL,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`failing_since` integer,
	`last_error` text,
	`last_success_at` integer,
	`disabled_at` integer,
	`disabled_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "webhook_endpoints_scope_known" CHECK("webhook_endpoints"."scope" in ('all','services'))
);
