/**
 * The database schema: public data (public.ts) and the admin side (admin.ts). drizzle-kit
 * reads this folder; the app imports the tables from here. The conventions (times, texts per
 * language, the append-only public record, the public revision) are described in public.ts.
 */
export * from './public';
export * from './admin';
export * from './api-tokens';
export * from './outbox';
export * from './templates';
export * from './subscriptions';
export * from './monitoring';
