-- The audit log is evidence: entries are added, never changed or removed by the application.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--> statement-breakpoint
INSERT INTO `admin_settings` (`id`, `require_second_factor`, `updated_at`) VALUES (1, 0, 0);
