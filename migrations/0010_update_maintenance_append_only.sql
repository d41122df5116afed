-- What an update did to a maintenance is part of the published update (DOMAIN.md: public
-- records are never rewritten or removed), so it is refused like the update's other rows
-- (migration 0001).
CREATE TRIGGER `update_maintenance_no_update` BEFORE UPDATE ON `update_maintenance`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `update_maintenance_no_delete` BEFORE DELETE ON `update_maintenance`
BEGIN SELECT RAISE(ABORT, 'published updates are append-only'); END;
