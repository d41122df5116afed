/**
 * Issue 9, defect 7: a body that cannot be parsed is the client's mistake: 400 with a message
 * saying the form could not be read, on every route that reads a body, never a 500. Bodies
 * that parse but make no sense get the route's own 4xx.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser, ORIGIN } from '../helpers/admin';
import { makeGroup, makeIncident, makeService } from '../helpers/factories';

const MULTIPART_FIELD = '--XyZ\r\nContent-Disposition: form-data; name="username"\r\n\r\nanna\r\n';

/** Multipart bodies that no parser can read. */
const BROKEN_MULTIPART: Record<string, { type: string; body: string }> = {
  truncated: { type: 'multipart/form-data; boundary=XyZ', body: `${MULTIPART_FIELD}--XyZ\r\nContent-Disposition: form-da` },
  'wrong boundary': { type: 'multipart/form-data; boundary=AbC', body: `${MULTIPART_FIELD}--XyZ--\r\n` },
  'no boundary': { type: 'multipart/form-data', body: `${MULTIPART_FIELD}--XyZ--\r\n` },
  'no closing delimiter': { type: 'multipart/form-data; boundary=XyZ', body: MULTIPART_FIELD },
};

async function signedInEditor() {
  const context = await createTestApp();
  const group = await makeGroup(context.db, context.clock);
  const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
  const incident = await makeIncident(context.db, context.clock);
  const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const browser = new Browser(context.app);
  await browser.signIn('redaktor', password);
  expect(browser.csrfToken).toBeTruthy();
  return { ...context, browser, service, incident };
}

function post(context: { app: { request: (path: string, init: RequestInit) => Response | Promise<Response> } }, path: string, type: string, body: BodyInit, headers: Record<string, string> = {}) {
  return context.app.request(path, { method: 'POST', body, headers: { 'Content-Type': type, Origin: ORIGIN, ...headers } });
}

function expectUnreadableForm(response: Response, html: string) {
  expect(response.status).toBe(400);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(visibleText(html)).toContain('Formuläret kunde inte läsas');
}

describe('malformed bodies', () => {
  it.each(Object.keys(BROKEN_MULTIPART))('answer a %s multipart body to the sign-in form with 400 and a message', async (kind) => {
    const context = await createTestApp();
    const { type, body } = BROKEN_MULTIPART[kind]!;
    const response = await post(context, '/admin/login', type, body);
    expectUnreadableForm(response, await response.text());
    expect(context.errors).toEqual([]);
  });

  it('answer broken multipart bodies with 400 on every kind of console route, signed in, with the CSRF header', async () => {
    const context = await signedInEditor();
    const paths = [
      `/admin/services/${context.service.id}/status`,
      '/admin/incidents',
      `/admin/incidents/${context.incident}/updates`,
      '/admin/account/password',
      '/admin/account/profile',
      '/admin/services/groups',
      '/admin/logout',
      '/admin/login/verify',
      '/admin/setup',
    ];
    for (const path of paths) {
      for (const [kind, { type, body }] of Object.entries(BROKEN_MULTIPART)) {
        const response = await post(context, path, type, body, {
          Cookie: context.browser.cookieHeader(),
          'X-CSRF-Token': context.browser.csrfToken!,
        });
        expect(response.status, `${kind} → ${path}`).toBe(400);
        expect(visibleText(await response.text()), `${kind} → ${path}`).toContain('Formuläret kunde inte läsas');
      }
    }
    expect(context.errors).toEqual([]);
    // Nothing was lost either: the session still works afterwards.
    expect((await context.browser.get('/admin')).status).toBe(200);
  });

  it('says it in English on English requests', async () => {
    const context = await createTestApp();
    const { type, body } = BROKEN_MULTIPART.truncated!;
    const response = await post(context, '/en/', type, body);
    expect(response.status).toBe(400);
    expect(visibleText(await response.text())).toContain('The form could not be read');
  });

  it('still reads a well-formed multipart sign-in (the body is parsed once and reused)', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna', role: 'editor' });
    const browser = new Browser(context.app);
    await browser.get('/admin/login');
    const form = new FormData();
    form.set('username', 'anna');
    form.set('password', password);
    form.set('next', '/admin');
    if (browser.csrfToken) form.set('_csrf', browser.csrfToken);
    const response = await context.app.request('/admin/login', {
      method: 'POST',
      body: form,
      headers: { Origin: ORIGIN, Cookie: browser.cookieHeader(), 'X-Test-Client-IP': browser.ip },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin');
  });

  it('give bad urlencoded bodies (broken escapes, invalid UTF-8, NUL, repeated and bracketed names) a 4xx with a message, never a 500', async () => {
    const context = await signedInEditor();
    const token = encodeURIComponent(context.browser.csrfToken!);
    const bodies = [
      'username=%E0%A4%A&password=%zz&next=%ff%fe',
      new Uint8Array([0x75, 0x73, 0x65, 0x72, 0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe, 0x00, 0x26, 0x3d, 0x3d]),
      'status=down&status=%00&note=a&note=b&version=1&version=x',
      'status[]=down&note[]=x&version[]=1',
      '%%%&&&===',
      'a'.repeat(2000) + '=' + '%'.repeat(500),
    ];
    const paths = ['/admin/login', `/admin/services/${context.service.id}/status`, '/admin/incidents', `/admin/incidents/${context.incident}/updates`, '/admin/account/password'];
    for (const path of paths) {
      for (const body of bodies) {
        const withToken = typeof body === 'string' ? `${body}&_csrf=${token}` : body;
        const response = await post(context, path, 'application/x-www-form-urlencoded', withToken, {
          Cookie: context.browser.cookieHeader(),
          'X-CSRF-Token': context.browser.csrfToken!,
        });
        const label = `${path} ← ${String(body).slice(0, 40)}`;
        expect(response.status, label).toBeGreaterThanOrEqual(400);
        expect(response.status, label).toBeLessThan(500);
        expect(visibleText(await response.text()).length, label).toBeGreaterThan(20);
      }
    }
    expect(context.errors).toEqual([]);
  });
});
