/** Admin area: people (to be built). */
import { Hono } from 'hono';
import type { AdminEnv } from './env';

export function peopleRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  return app;
}
