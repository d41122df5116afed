-- Published updates are public records (DOMAIN.md): they may be corrected, never rewritten or
-- removed. The database refuses it, whatever code or console tries.
CREATE TRIGGER `updates_no_update` BEFORE UPDATE ON `updates`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `updates_no_delete` BEFORE DELETE ON `updates`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `update_texts_no_update` BEFORE UPDATE ON `update_texts`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `update_texts_no_delete` BEFORE DELETE ON `update_texts`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `update_services_no_update` BEFORE UPDATE ON `update_services`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `update_services_no_delete` BEFORE DELETE ON `update_services`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `update_corrections_no_update` BEFORE UPDATE ON `update_corrections`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `update_corrections_no_delete` BEFORE DELETE ON `update_corrections`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `correction_texts_no_update` BEFORE UPDATE ON `correction_texts`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `correction_texts_no_delete` BEFORE DELETE ON `correction_texts`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
