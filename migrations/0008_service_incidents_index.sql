DROP INDEX `incident_services_service_idx`;--> statement-breakpoint
CREATE INDEX `incident_services_service_idx` ON `incident_services` (`service_id`,`incident_id`);