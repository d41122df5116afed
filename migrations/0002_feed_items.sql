CREATE TABLE `feed_items` (
	`scope` text NOT NULL,
	`seq` integer NOT NULL,
	`update_id` integer NOT NULL,
	`correction_id` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`scope`, `seq`),
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`correction_id`) REFERENCES `update_corrections`(`id`) ON UPDATE no action ON DELETE no action
);
