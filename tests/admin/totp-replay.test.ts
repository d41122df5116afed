/**
 * A TOTP code opens one sign-in, even when several sessions post it at the same moment
 * (issue 9, defect 3); so does a recovery code.
 *
 * The database is reached with a turn of the event loop before every statement, as Workers
 * reach theirs over the network. That is what lets requests overlap between reading the
 * account and accepting the code; with the embedded driver each statement runs synchronously
 * and the requests could take turns too neatly to show the race.
 */
import { createClient, type Client } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { totpCodeAt } from '../../src/auth/totp';
import { fixedClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { applyMigrations } from '../../src/db/migrate';
import { users } from '../../src/db/schema';
import { replaceRecoveryCodes } from '../../src/store/second-factors';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { TEST_PASSWORD_ITERATIONS, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeSite } from '../helpers/factories';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SESSIONS = 6;

/** The same client, but every statement (or batch) waits a turn of the event loop first. */
function overTheNetwork(client: Client): Client {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return new Proxy(client, {
    get(target, property) {
      if (property === 'execute' || property === 'batch') {
        const method = target[property].bind(target) as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          await turn();
          return method(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function appWithNetworkDatabase() {
  const db = createDatabase(overTheNetwork(createClient({ url: ':memory:' })));
  await applyMigrations(db);
  const clock = fixedClock('2026-02-11T13:00:00Z');
  await makeSite(db, clock);
  const app = createApp({
    db,
    clock,
    config: {
      publicUrl: null,
      buildId: 'test',
      precompress: false,
      revisionTtlMs: 0,
      auth: { passwordIterations: TEST_PASSWORD_ITERATIONS, session: DEFAULT_SESSION_POLICY, setupToken: null },
    },
    clientIp: (c) => c.req.header('X-Test-Client-IP') ?? '192.0.2.1',
  });
  return { app, db, clock };
}

describe('a TOTP code posted by several sessions at once', () => {
  it('signs in exactly one of them; the others are told the code is used and to wait for the next', async () => {
    const context = await appWithNetworkDatabase();
    const { password } = await makeUser(context, { username: 'anna', role: 'admin' });
    await context.db.update(users).set({ totpSecret: SECRET, totpEnabledAt: context.clock.now() });

    // Six browsers, each past the password step and on the code page.
    const browsers = Array.from({ length: SESSIONS }, (_, index) => new Browser(context.app, `198.51.100.${index + 1}`));
    for (const browser of browsers) {
      const passwordStep = await browser.post('/admin/login', { username: 'anna', password, next: '/admin' });
      expect(passwordStep.headers.get('location')).toBe('/admin/login/verify?next=%2Fadmin');
    }
    const pages = await Promise.all(browsers.map((browser) => browser.get('/admin/login/verify')));
    expect(pages.map((response) => response.status)).toEqual(browsers.map(() => 200));

    const code = totpCodeAt(SECRET, context.clock.now());
    const responses = await Promise.all(browsers.map((browser) => browser.post('/admin/login/verify', { code })));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 303)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(SESSIONS - 1);
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect(visibleText(await response.text())).toContain('Koden har redan använts. Vänta på nästa kod i appen och skriv in den.');
    }
    const inside = await Promise.all(browsers.map(async (browser) => (await browser.get('/admin')).status));
    expect(inside.filter((status) => status === 200)).toHaveLength(1);

    // One who lost the race gets in with the next code.
    const loser = browsers[statuses.indexOf(409)]!;
    context.clock.advance(30_000);
    expect((await loser.post('/admin/login/verify', { code: totpCodeAt(SECRET, context.clock.now()) })).status).toBe(303);
    expect((await loser.get('/admin')).status).toBe(200);
  });

  it('lets a recovery code posted by several sessions at once sign in one of them', async () => {
    const context = await appWithNetworkDatabase();
    const { user, password } = await makeUser(context, { username: 'anna', role: 'admin' });
    await context.db.update(users).set({ totpSecret: SECRET, totpEnabledAt: context.clock.now() });
    const [recoveryCode] = await replaceRecoveryCodes(context.db, user.id, context.clock.now());
    const browsers = Array.from({ length: SESSIONS }, (_, index) => new Browser(context.app, `198.51.100.${index + 1}`));
    for (const browser of browsers) {
      await browser.post('/admin/login', { username: 'anna', password });
      await browser.get('/admin/login/verify');
    }
    const responses = await Promise.all(browsers.map((browser) => browser.post('/admin/login/verify', { recoveryCode: recoveryCode! })));
    expect(responses.map((response) => response.status).filter((status) => status === 303)).toHaveLength(1);
    expect(await context.db.query.recoveryCodes.findMany({ where: (row, { isNotNull }) => isNotNull(row.usedAt) })).toHaveLength(1);
  });

  it('says so in English too', async () => {
    const context = await appWithNetworkDatabase();
    const { user, password } = await makeUser(context, { username: 'anna', role: 'admin', locale: 'en' });
    await context.db.update(users).set({ totpSecret: SECRET, totpEnabledAt: context.clock.now() });
    const code = totpCodeAt(SECRET, context.clock.now());
    const first = new Browser(context.app, '198.51.100.1');
    const second = new Browser(context.app, '198.51.100.2');
    for (const browser of [first, second]) {
      await browser.post('/admin/login?lang=en', { username: user.username, password });
      await browser.get('/admin/login/verify');
    }
    expect((await first.post('/admin/login/verify', { code })).status).toBe(303);
    const reused = await second.post('/admin/login/verify', { code });
    expect(reused.status).toBe(409);
    expect(visibleText(await reused.text())).toContain('That code has already been used. Wait for the next code in the app and enter it.');
  });
});
