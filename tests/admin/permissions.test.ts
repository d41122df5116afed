/**
 * The permission matrix, enforced on the server for every admin route the app registers:
 * anonymous visitors are sent to sign in, editors are refused admin-only routes (403), admins
 * may use everything, and no request from any of them ends in a 500. A route added later is
 * covered automatically: the list comes from the router itself.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

/** Routes that must work without a session (they do their own checks). */
const WITHOUT_SESSION = [
  /^\/admin\/login(\/|$)/,
  /^\/admin\/logout$/,
  /^\/admin\/setup$/,
];

/** Admin-only: people, site settings, security policy, the audit log. */
const ADMIN_ONLY = [/^\/admin\/users(\/|$)/, /^\/admin\/settings(\/|$)/, /^\/admin\/audit(\/|$)/, /^\/admin\/account\/security-policy$/];

interface Route {
  method: 'GET' | 'POST';
  pattern: string;
  path: string;
}

let context: TestContext;
let routes: Route[];
let admin: Browser;
let editor: Browser;

// A fresh database and fresh sessions for every test: no test depends on what another did.
beforeEach(async () => {
  context = await createTestApp({ seed: 'example' });
  const { db } = context;
  const adminUser = await makeUser(context, { username: 'chef', role: 'admin' });
  const editorUser = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const incident = await db.query.incidents.findFirst({ where: (incidents, { eq }) => eq(incidents.slug, 'it-angrepp') });
  const update = await db.query.updates.findFirst({ where: (updates, { eq }) => eq(updates.incidentId, incident!.id) });
  const service = await db.query.services.findFirst();
  const group = await db.query.serviceGroups.findFirst();
  const channel = await db.query.contactChannels.findFirst();
  const maintenance = await db.query.maintenances.findFirst();
  const fill = (pattern: string) =>
    pattern
      .replace(/^(\/admin\/incidents\/):id/, `$1${incident!.id}`)
      .replace(':updateId', String(update!.id))
      .replace(/^(\/admin\/services\/groups\/):id\{\[0-9\]\+\}/, `$1${group!.id}`)
      .replace(/^(\/admin\/services\/):id(\{\[0-9\]\+\})?/, `$1${service!.id}`)
      .replace(/^(\/admin\/contacts\/):id\{\[0-9\]\+\}/, `$1${channel!.id}`)
      .replace(/^(\/admin\/maintenance\/):id\{\[0-9\]\+\}/, `$1${maintenance!.incidentId}`)
      .replace(/^(\/admin\/users\/):id/, `$1${editorUser.user.id}`)
      .replace(/^(\/admin\/account\/passkeys\/):id/, '$1no-such-passkey');
  const seen = new Set<string>();
  routes = [];
  for (const route of context.app.routes) {
    if (!route.path.startsWith('/admin') || (route.method !== 'GET' && route.method !== 'POST')) continue;
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routes.push({ method: route.method, pattern: route.path, path: fill(route.path) });
  }
  admin = new Browser(context.app, '192.0.2.10');
  await admin.signIn('chef', adminUser.password);
  editor = new Browser(context.app, '192.0.2.11');
  await editor.signIn('redaktor', editorUser.password);
});

const needsSession = (route: Route) => !WITHOUT_SESSION.some((pattern) => pattern.test(route.pattern));
const adminOnly = (route: Route) => ADMIN_ONLY.some((pattern) => pattern.test(route.pattern));

async function call(browser: Browser | null, route: Route): Promise<Response> {
  if (!browser) {
    return route.method === 'GET'
      ? context.app.request(route.path)
      : context.app.request(route.path, {
          method: 'POST',
          body: new URLSearchParams({ probe: '1' }),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
        });
  }
  return route.method === 'GET' ? browser.get(route.path) : browser.post(route.path, { probe: '1' });
}

describe('permission matrix', () => {
  it('covers the whole console', () => {
    expect(routes.length).toBeGreaterThan(60);
    // Every admin-only area is actually present, so the patterns above are not stale.
    for (const pattern of ADMIN_ONLY) expect(routes.some((route) => pattern.test(route.pattern)), String(pattern)).toBe(true);
  });

  it('sends anonymous visitors to sign in on every console route, changing nothing', async () => {
    const revisionBefore = await context.db.query.publicRevision.findFirst();
    for (const route of routes.filter(needsSession)) {
      const response = await call(null, route);
      // A posted form is answered with the sign-in page itself, keeping its draft (issue 12).
      if (response.status === 401 && route.method === 'POST') {
        expect(await response.text(), `${route.method} ${route.pattern}`).toContain('<form method="post" action="/admin/login?lang=sv">');
        continue;
      }
      expect(response.status, `${route.method} ${route.pattern}`).toBe(303);
      expect(response.headers.get('location'), `${route.method} ${route.pattern}`).toMatch(/^\/admin\/login/);
    }
    expect(await context.db.query.publicRevision.findFirst()).toEqual(revisionBefore);
  });

  it('refuses editors every admin-only route (403), on the server, GET and POST alike', async () => {
    for (const route of routes.filter(adminOnly)) {
      const response = await call(editor, route);
      expect(response.status, `${route.method} ${route.pattern}`).toBe(403);
    }
  });

  it('lets editors use every editor route', async () => {
    for (const route of routes.filter((route) => needsSession(route) && !adminOnly(route))) {
      const response = await call(editor, route);
      expect(response.status, `${route.method} ${route.pattern}`).not.toBe(403);
      expect(response.status, `${route.method} ${route.pattern}`).toBeLessThan(500);
      if (route.method === 'GET' && !route.pattern.includes('passkeys/:id')) {
        expect(response.status, `${route.method} ${route.pattern}`).toBe(200);
      }
    }
  });

  it('lets admins use every route, and never answers 500 to anyone', async () => {
    for (const route of routes.filter(needsSession)) {
      const response = await call(admin, route);
      expect(response.status, `${route.method} ${route.pattern}`).not.toBe(403);
      expect(response.status, `${route.method} ${route.pattern}`).toBeLessThan(500);
    }
    for (const route of routes.filter((route) => !needsSession(route))) {
      expect((await call(null, route)).status, `${route.method} ${route.pattern}`).toBeLessThan(500);
    }
    expect(context.errors).toEqual([]);
  });
});
