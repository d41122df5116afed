CREATE TABLE `monitor_firing_alerts` (
	`service_id` integer NOT NULL,
	`source` text NOT NULL,
	`alert_key` text NOT NULL,
	`status` text NOT NULL,
	`firing_since` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	PRIMARY KEY(`service_id`, `source`, `alert_key`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "monitor_firing_alerts_source_known" CHECK("monitor_firing_alerts"."source" in ('alertmanager','grafana','uptime_kuma','heartbeat')),
	CONSTRAINT "monitor_firing_alerts_status_known" CHECK("monitor_firing_alerts"."status" in ('operational','degraded','investigating','maintenance','down','rebuilding','lost'))
);
