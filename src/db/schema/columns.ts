/** Column helpers shared by the public and the admin tables (not tables themselves). */
import { integer } from 'drizzle-orm/sqlite-core';

export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
export const createdAt = () => timestamp('created_at').notNull();
export const updatedAt = () => timestamp('updated_at').notNull();
