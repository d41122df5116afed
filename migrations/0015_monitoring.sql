CREATE TABLE `monitor_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`source` text NOT NULL,
	`reason` text NOT NULL,
	`reported_status` text,
	`detail` text DEFAULT '' NOT NULL,
	`reported_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`cleared_at` integer,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "monitor_flags_source_known" CHECK("monitor_flags"."source" in ('alertmanager','grafana','uptime_kuma','heartbeat')),
	CONSTRAINT "monitor_flags_reason_known" CHECK("monitor_flags"."reason" in ('editor_precedence','maintenance','resolved_review','editor_changed','heartbeat_missed')),
	CONSTRAINT "monitor_flags_status_known" CHECK("monitor_flags"."reported_status" in ('operational','degraded','investigating','maintenance','down','rebuilding','lost'))
);
--> statement-breakpoint
CREATE INDEX `monitor_flags_open_idx` ON `monitor_flags` (`cleared_at`,`service_id`);--> statement-breakpoint
CREATE TABLE `monitor_heartbeats` (
	`service_id` integer PRIMARY KEY NOT NULL,
	`interval_seconds` integer NOT NULL,
	`last_beat_at` integer NOT NULL,
	`beat_by` text NOT NULL,
	`missed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `monitor_heartbeats_last_beat_idx` ON `monitor_heartbeats` (`missed_at`,`last_beat_at`);--> statement-breakpoint
CREATE TABLE `monitor_status_marks` (
	`service_id` integer PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`status_changed_at` integer NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "monitor_status_marks_status_known" CHECK("monitor_status_marks"."status" in ('operational','degraded','investigating','maintenance','down','rebuilding','lost'))
);
