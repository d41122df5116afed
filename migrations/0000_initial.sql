CREATE TABLE `contact_channel_texts` (
	`channel_id` integer NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`channel_id`, `locale`),
	FOREIGN KEY (`channel_id`) REFERENCES `contact_channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `contact_channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`address` text NOT NULL,
	`opening_hours_mode` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contact_channels_slug_unique` ON `contact_channels` (`slug`);--> statement-breakpoint
CREATE TABLE `correction_texts` (
	`correction_id` integer NOT NULL,
	`locale` text NOT NULL,
	`body` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`correction_id`, `locale`),
	FOREIGN KEY (`correction_id`) REFERENCES `update_corrections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `incident_services` (
	`incident_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	PRIMARY KEY(`incident_id`, `service_id`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_services_service_idx` ON `incident_services` (`service_id`);--> statement-breakpoint
CREATE TABLE `incident_texts` (
	`incident_id` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`what_happened` text DEFAULT '' NOT NULL,
	`affects_me` text DEFAULT '' NOT NULL,
	`what_we_are_doing` text DEFAULT '' NOT NULL,
	`what_you_should_do` text DEFAULT '' NOT NULL,
	`who_to_contact` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`incident_id`, `locale`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`phase` text NOT NULL,
	`impact` text NOT NULL,
	`started_at` integer NOT NULL,
	`resolved_at` integer,
	`next_update_due_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "incidents_phase_known" CHECK("incidents"."phase" in ('investigating','identified','monitoring','resolved')),
	CONSTRAINT "incidents_impact_known" CHECK("incidents"."impact" in ('none','minor','major','critical'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incidents_slug_unique` ON `incidents` (`slug`);--> statement-breakpoint
CREATE INDEX `incidents_resolved_idx` ON `incidents` (`resolved_at`,`started_at`);--> statement-breakpoint
CREATE INDEX `incidents_started_idx` ON `incidents` (`started_at`);--> statement-breakpoint
CREATE TABLE `opening_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel_id` integer NOT NULL,
	`day_of_week` integer NOT NULL,
	`opens` text NOT NULL,
	`closes` text NOT NULL,
	FOREIGN KEY (`channel_id`) REFERENCES `contact_channels`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "opening_hours_day" CHECK("opening_hours"."day_of_week" between 1 and 7)
);
--> statement-breakpoint
CREATE INDEX `opening_hours_channel_idx` ON `opening_hours` (`channel_id`);--> statement-breakpoint
CREATE TABLE `opening_hours_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel_id` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_through` text NOT NULL,
	`opens` text,
	`closes` text,
	FOREIGN KEY (`channel_id`) REFERENCES `contact_channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opening_hours_overrides_channel_idx` ON `opening_hours_overrides` (`channel_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `public_revision` (
	`id` integer PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL,
	`changed_at` integer NOT NULL,
	CONSTRAINT "public_revision_single_row" CHECK("public_revision"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `service_group_texts` (
	`group_id` integer NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`group_id`, `locale`),
	FOREIGN KEY (`group_id`) REFERENCES `service_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `service_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_groups_slug_unique` ON `service_groups` (`slug`);--> statement-breakpoint
CREATE TABLE `service_texts` (
	`service_id` integer NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`workaround` text DEFAULT '' NOT NULL,
	`restoration_note` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`service_id`, `locale`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`group_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`status_changed_at` integer NOT NULL,
	`expected_restoration_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`retired_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `service_groups`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "services_status_known" CHECK(status in ('operational','degraded','down','investigating','rebuilding','lost','maintenance'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_slug_unique` ON `services` (`slug`);--> statement-breakpoint
CREATE INDEX `services_group_position_idx` ON `services` (`group_id`,`position`);--> statement-breakpoint
CREATE TABLE `site_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`public_url` text NOT NULL,
	`default_locale` text NOT NULL,
	`offered_locales` text NOT NULL,
	`time_zone` text NOT NULL,
	`is_example_data` integer DEFAULT false NOT NULL,
	`accessibility_reviewed_on` text,
	`updated_at` integer NOT NULL,
	CONSTRAINT "site_settings_single_row" CHECK("site_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `site_texts` (
	`locale` text PRIMARY KEY NOT NULL,
	`organisation_name` text NOT NULL,
	`site_title` text NOT NULL,
	`notice` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `update_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`update_id` integer NOT NULL,
	`corrected_at` integer NOT NULL,
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `update_corrections_update_idx` ON `update_corrections` (`update_id`,`corrected_at`);--> statement-breakpoint
CREATE TABLE `update_services` (
	`update_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`status_before` text,
	`status_after` text,
	PRIMARY KEY(`update_id`, `service_id`),
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `update_services_service_idx` ON `update_services` (`service_id`,`update_id`);--> statement-breakpoint
CREATE TABLE `update_texts` (
	`update_id` integer NOT NULL,
	`locale` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`update_id`, `locale`),
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`incident_id` integer,
	`incident_phase` text,
	`published_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `updates_uid_unique` ON `updates` (`uid`);--> statement-breakpoint
CREATE INDEX `updates_published_idx` ON `updates` (`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `updates_incident_published_idx` ON `updates` (`incident_id`,`published_at`);