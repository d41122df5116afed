/** Admin area: account (to be built). */
import { Hono } from 'hono';
import type { AdminEnv } from './env';

export function accountRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  return app;
}
