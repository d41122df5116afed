CREATE TABLE `incident_template_services` (
	`template_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`status` text NOT NULL,
	PRIMARY KEY(`template_id`, `service_id`),
	FOREIGN KEY (`template_id`) REFERENCES `incident_templates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "incident_template_services_status_known" CHECK("incident_template_services"."status" in ('operational','degraded','investigating','maintenance','down','rebuilding','lost'))
);
--> statement-breakpoint
CREATE TABLE `incident_template_texts` (
	`template_id` integer NOT NULL,
	`locale` text NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`what_happened` text DEFAULT '' NOT NULL,
	`affects_me` text DEFAULT '' NOT NULL,
	`what_we_are_doing` text DEFAULT '' NOT NULL,
	`what_you_should_do` text DEFAULT '' NOT NULL,
	`who_to_contact` text DEFAULT '' NOT NULL,
	`update_body` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`template_id`, `locale`),
	FOREIGN KEY (`template_id`) REFERENCES `incident_templates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `incident_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`impact` text NOT NULL,
	`phase` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "incident_templates_impact_known" CHECK("incident_templates"."impact" in ('none','minor','major','critical')),
	CONSTRAINT "incident_templates_phase_opening" CHECK("incident_templates"."phase" in ('investigating','identified','monitoring'))
);
