ALTER TABLE `public_revision` ADD `update_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `public_revision` SET `update_count` = (SELECT count(*) FROM `updates`);