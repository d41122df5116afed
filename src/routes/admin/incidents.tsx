/** Admin area: incidents (to be built). */
import { Hono } from 'hono';
import type { AdminEnv } from './env';

export function incidentsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  return app;
}
