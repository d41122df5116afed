/**
 * Admin area "catalog": what the status page is about. Services and their groups, contact
 * channels with opening hours (editors), and the site settings (admins). One module per
 * resource, each with its form's schema beside it (`*-form.ts`); each route names the role it
 * needs.
 */
import { Hono } from 'hono';
import type { AdminEnv } from '../env';
import { contactRoutes } from './contacts';
import { groupRoutes } from './groups';
import { serviceRoutes } from './services';
import { settingsRoutes } from './settings';

export function catalogRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  // Groups first: "/services/groups" must not be read as a service id (ids are digits anyway).
  app.route('/', groupRoutes());
  app.route('/', serviceRoutes());
  app.route('/', contactRoutes());
  app.route('/', settingsRoutes());
  return app;
}
