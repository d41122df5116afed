-- Feed items for every update and correction published before feed_items existed, numbered
-- in publishing order within each scope, exactly as publishing would have numbered them.
CREATE TEMP VIEW `feed_versions` AS
  SELECT u.id AS update_id, NULL AS correction_id, u.published_at AS at, 0 AS kind, u.id AS tiebreak, u.incident_id
  FROM updates u
  UNION ALL
  SELECT c.update_id, c.id, c.corrected_at, 1, c.id, u.incident_id
  FROM update_corrections c JOIN updates u ON u.id = c.update_id;
--> statement-breakpoint
INSERT INTO `feed_items` (`scope`, `seq`, `update_id`, `correction_id`, `created_at`)
SELECT 'site', ROW_NUMBER() OVER (ORDER BY at, kind, tiebreak), update_id, correction_id, at
FROM feed_versions;
--> statement-breakpoint
INSERT INTO `feed_items` (`scope`, `seq`, `update_id`, `correction_id`, `created_at`)
SELECT 'incident:' || incident_id, ROW_NUMBER() OVER (PARTITION BY incident_id ORDER BY at, kind, tiebreak),
  update_id, correction_id, at
FROM feed_versions WHERE incident_id IS NOT NULL;
--> statement-breakpoint
INSERT INTO `feed_items` (`scope`, `seq`, `update_id`, `correction_id`, `created_at`)
SELECT 'service:' || s.service_id, ROW_NUMBER() OVER (PARTITION BY s.service_id ORDER BY v.at, v.kind, v.tiebreak),
  v.update_id, v.correction_id, v.at
FROM feed_versions v JOIN update_services s ON s.update_id = v.update_id;
--> statement-breakpoint
DROP VIEW `feed_versions`;
--> statement-breakpoint
-- Feed items are part of the public record: numbered once, never renumbered or removed.
CREATE TRIGGER `feed_items_no_update` BEFORE UPDATE ON `feed_items`
BEGIN SELECT RAISE(ABORT, 'feed items are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `feed_items_no_delete` BEFORE DELETE ON `feed_items`
BEGIN SELECT RAISE(ABORT, 'feed items are append-only'); END;
