/**
 * The iCalendar feed of planned maintenance in every language (`/underhall.ics`,
 * `/en/maintenance.ics`): cached per data revision like the feeds, answered 304 from the
 * ETag alone, served from its last good copy while the database is down.
 */
import { Hono } from 'hono';
import { buildMaintenanceCalendar } from '../calendar/build';
import type { AppEnv } from '../env';
import { PUBLIC_CACHE_CONTROL, serveCached } from '../http/serve-page';
import { pathsFor } from '../urls/paths';
import { registerLocalized } from './localized';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export function calendarRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  registerLocalized(app, {
    pattern: (words) => `/${words.maintenance}.ics`,
    canonicalPath: (_c, locale, site) => pathsFor(locale, site.defaultLocale).calendar,
    handle: ({ c, locale, site, view }) =>
      serveCached(c, {
        cacheKey: `calendar|${locale}`,
        // Nothing in it depends on the time of day: the data revision says everything.
        etag: `W/"${c.var.config.buildId}.${view.revision}"`,
        lastModified: view.changedAt,
        cacheControl: PUBLIC_CACHE_CONTROL,
        contentType: CALENDAR_CONTENT_TYPE,
        render: async () => ({
          body: await buildMaintenanceCalendar(c.var.db, { locale, site, publicUrl: c.var.config.publicUrl ?? site.publicUrl }),
        }),
      }),
  });
  return app;
}
