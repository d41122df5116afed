/** Admin area: setup (to be built). */
import { Hono } from 'hono';
import type { AdminEnv } from './env';

export function setupRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  return app;
}
