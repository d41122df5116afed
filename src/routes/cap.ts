/**
 * CAP 1.2 for authorities and aggregators (docs/decisions/0027-cap-badges-embed.md): an Atom
 * index at /cap/index.atom and one message per published update and per correction under
 * /cap/alerts/. Each message holds every language, so these routes are not per language.
 * Served like the feeds: 304 from the revision, rendered once per revision, kept as the last
 * good copy and served from it while the database cannot be read. CORS is open: the
 * documents are public, and browser-based dashboards read them too.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { CAP_CONTENT_TYPE } from '../cap/alert';
import { buildCapAlert, buildCapIndex, type CapRequest } from '../cap/build';
import type { AppEnv } from '../env';
import type { PublicView } from '../http/public-state';
import { PUBLIC_CACHE_CONTROL, serveCached } from '../http/serve-page';
import { snapshotKeyOf } from '../snapshot/store';
import { DEFAULT_SITE } from '../store/site';
import { CAP_INDEX_PATH, parseCapAlertFile } from '../urls/machine';

const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** The site's state for a request that is in no particular language; a Response when it cannot be read. */
async function currentView(c: Context<AppEnv>): Promise<{ view: PublicView; request: CapRequest } | Response> {
  let view: PublicView;
  try {
    view = await c.var.publicState.current();
  } catch (error) {
    return c.get('lastKnownGood').respond(c, snapshotKeyOf(c.req.url), error);
  }
  const site = view.site ?? DEFAULT_SITE;
  c.set('locale', site.defaultLocale);
  return { view, request: { site, publicUrl: c.var.config.publicUrl ?? site.publicUrl } };
}

export function capRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/cap/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['ETag', 'Last-Modified'] }));

  app.get(CAP_INDEX_PATH, async (c) => {
    const current = await currentView(c);
    if (current instanceof Response) return current;
    const { view, request } = current;
    return serveCached(c, {
      cacheKey: `cap|index`,
      etag: `W/"${c.var.config.buildId}.${view.revision}"`,
      lastModified: view.changedAt,
      cacheControl: PUBLIC_CACHE_CONTROL,
      contentType: ATOM_CONTENT_TYPE,
      render: async () => ({ body: await buildCapIndex(c.var.db, request, view.changedAt) }),
    });
  });

  app.get('/cap/alerts/:file', async (c) => {
    // A name that cannot be a message is refused before the database is asked.
    const ref = parseCapAlertFile(c.req.param('file'));
    if (!ref) throw new HTTPException(404);
    const current = await currentView(c);
    if (current instanceof Response) return current;
    const { view, request } = current;
    return serveCached(c, {
      cacheKey: `cap|${ref.updateUid}|${ref.correctionId ?? ''}`,
      // A message's words can change after it was sent (an incident retitled, a service
      // renamed), so it is served per revision like everything else.
      etag: `W/"${c.var.config.buildId}.${view.revision}"`,
      lastModified: view.changedAt,
      cacheControl: PUBLIC_CACHE_CONTROL,
      contentType: CAP_CONTENT_TYPE,
      render: async () => {
        const body = await buildCapAlert(c.var.db, request, ref);
        return body === null ? null : { body };
      },
    });
  });
  return app;
}
