/** Admin area: catalog (to be built). */
import { Hono } from 'hono';
import type { AdminEnv } from './env';

export function catalogRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  return app;
}
