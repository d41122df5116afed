/**
 * The app inside workerd (the Workers runtime), on a remote libSQL database over HTTP: the
 * public pages, the feeds and the admin console behave as on Node.
 */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/auth/password';
import { totpCodeAt } from '../../src/auth/totp';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { SoftwareAuthenticator } from '../helpers/authenticator';
import { Browser, PASSWORD, appInWorkerd } from './helpers';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('public side in workerd', () => {
  it('serves the overview, a service page and the history in Swedish and English', async () => {
    const { app } = await appInWorkerd({ seed: 'example' });
    const overview = await app.request('/');
    expect(overview.status).toBe(200);
    expect(overview.headers.get('content-encoding')).toBeNull(); // Cloudflare compresses
    const body = text(await overview.text());
    expect(body).toContain('Flera tjänster fungerar inte just nu.');
    expect(body).toContain('Exempeldata');
    expect(text(await (await app.request('/en/')).text())).toContain('Several services are not working right now.');
    expect((await app.request('/tjanster/lokalbokning')).status).toBe(200);
    expect((await app.request('/historik?page=2')).status).toBe(200);
    expect((await app.request('/historik?page=x')).status).toBe(400);
    expect((await app.request('/tjanster/finns-inte')).status).toBe(404);
  });

  it('answers conditional requests with 304 from the revision', async () => {
    const { app } = await appInWorkerd({ seed: 'site' });
    const first = await app.request('/');
    const etag = first.headers.get('etag')!;
    expect((await app.request('/', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves well-formed feeds in all three formats', async () => {
    const { app } = await appInWorkerd({ seed: 'example' });
    for (const path of ['/feed.atom', '/feed.rss', '/handelser/it-angrepp/feed.atom', '/en/services/mina-sidor/feed.rss']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(XMLValidator.validate(await response.text()), path).toBe(true);
    }
    const json = (await (await app.request('/feed.json')).json()) as { version: string; items: unknown[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.length).toBeGreaterThan(10);
  });
});

describe('admin console in workerd', () => {
  it('signs in, refuses a forged post, publishes a status change and shows it publicly', async () => {
    const { app } = await appInWorkerd({
      seed: 'example',
      users: [{ username: 'redaktor', displayName: 'Rut Redaktör', role: 'editor', password: PASSWORD }],
    });
    const browser = new Browser(app);
    const signedIn = await browser.signIn('redaktor', PASSWORD);
    expect(signedIn.status).toBe(303);
    const dashboard = await (await browser.get('/admin')).text();
    const serviceId = /action="\/admin\/services\/(\d+)\/status"/.exec(dashboard)![1]!;
    const version = /name="version" value="(\d+)"/.exec(dashboard)![1]!;

    const forged = await browser.post(`/admin/services/${serviceId}/status`, { status: 'down', note: 'x', version }, { csrf: false });
    expect(forged.status).toBe(403);

    const published = await browser.post(
      `/admin/services/${serviceId}/status`,
      { status: 'down', note: 'Publicerat från kanten.', version },
      { headers: { 'HX-Request': 'true' } },
    );
    expect(published.status).toBe(200);
    expect(text(await published.text())).toContain('Publicerat:');
    const feed = await (await app.request('/feed.atom')).text();
    expect(feed).toContain('Publicerat från kanten.');

    const stale = await browser.post(`/admin/services/${serviceId}/status`, { status: 'degraded', note: 'Sent.', version }, { headers: { 'HX-Request': 'true' } });
    expect(stale.status).toBe(409);
  });

  it('asks for the TOTP code after the password when the account has TOTP', async () => {
    const { app, db } = await appInWorkerd({
      seed: 'site',
      users: [{ username: 'anna', displayName: 'Anna', role: 'admin', password: PASSWORD }],
    });
    const { users } = await import('../../src/db/schema');
    const { eq } = await import('drizzle-orm');
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await db.update(users).set({ totpSecret: secret, totpEnabledAt: new Date() }).where(eq(users.username, 'anna'));
    const browser = new Browser(app);
    const password = await browser.post('/admin/login', { username: 'anna', password: PASSWORD, next: '/admin' });
    expect(password.headers.get('location')).toContain('/admin/login/verify');
    await browser.get('/admin/login/verify');
    const verified = await browser.post('/admin/login/verify', { code: totpCodeAt(secret, new Date()) });
    expect(verified.status).toBe(303);
    expect((await browser.get('/admin')).status).toBe(200);
  });

  it('registers a passkey and signs in with it (WebAuthn verification in workerd)', async () => {
    const origin = 'https://status.example.org';
    const { app } = await appInWorkerd({
      seed: 'site',
      users: [{ username: 'anna', displayName: 'Anna', role: 'admin', password: PASSWORD }],
    });
    const browser = new Browser(app, '192.0.2.1', origin);
    await browser.signIn('anna', PASSWORD);
    await browser.get('/admin/account');
    const authenticator = new SoftwareAuthenticator();
    const options = (await (await browser.postJson('/admin/account/passkeys/options', { name: 'Nyckel', password: PASSWORD })).json()) as {
      options: PublicKeyCredentialCreationOptionsJSON;
    };
    const registered = await browser.postJson('/admin/account/passkeys', { name: 'Nyckel', response: await authenticator.register(options.options, origin) });
    expect(registered.status).toBe(200);

    const fresh = new Browser(app, '192.0.2.2', origin);
    await fresh.get('/admin/login');
    const challenge = (await (await fresh.postJson('/admin/login/passkey/options', {})).json()) as {
      options: PublicKeyCredentialRequestOptionsJSON;
    };
    const signedIn = await fresh.postJson('/admin/login/passkey', { response: await authenticator.authenticate(challenge.options, origin), next: '/admin' });
    expect(signedIn.status).toBe(200);
    expect((await fresh.get('/admin')).status).toBe(200);
  });

  it('hashes passwords with PBKDF2 in WebCrypto, never more than 100 000 iterations per call', async () => {
    const calls: number[] = [];
    const original = crypto.subtle.deriveBits.bind(crypto.subtle);
    crypto.subtle.deriveBits = ((algorithm: Pbkdf2Params, key: CryptoKey, length: number) => {
      calls.push(algorithm.iterations);
      return original(algorithm, key, length);
    }) as typeof crypto.subtle.deriveBits;
    try {
      const hash = await hashPassword('ett långt och ovanligt lösenord', 250_000);
      expect(calls).toEqual([100_000, 100_000, 50_000]);
      expect((await verifyPassword('ett långt och ovanligt lösenord', hash, 250_000)).valid).toBe(true);
    } finally {
      crypto.subtle.deriveBits = original;
    }
  });
});
