/**
 * Sign-in throttling that keeps guessing expensive without handing a stranger a way to lock
 * the owner out (issue 9, "lockout as a weapon"; docs/decisions/0020-sign-in-throttling.md):
 * per (account, address) and per address a lock, per account only a slowdown, and a device
 * that has signed in to the account before is held back by nobody else's failures.
 */
import { describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/auth/totp';
import { users } from '../../src/db/schema';
import { createTestApp, visibleText, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** A browser that has signed in to the account before (and signed out again). */
async function knownLaptop(context: TestContext, username: string, password: string, ip = '192.0.2.10') {
  const laptop = new Browser(context.app, ip);
  expect((await laptop.signIn(username, password)).status).toBe(303);
  expect((await laptop.post('/admin/logout', {})).status).toBe(303);
  return laptop;
}

async function guess(context: TestContext, ip: string, username: string, password: string) {
  const response = await new Browser(context.app, ip).post('/admin/login', { username, password });
  return { status: response.status, text: visibleText(await response.text()) };
}

describe('a stranger guessing an account’s password', () => {
  it('from many addresses slows the account down for new devices, but never locks the owner out', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna', role: 'admin' });
    const laptop = await knownLaptop(context, 'anna', password);

    const guesses = [];
    for (let attempt = 1; attempt <= 30; attempt++) guesses.push(await guess(context, `198.51.100.${attempt}`, 'anna', `gissning nummer ${attempt}`));
    expect(guesses.slice(0, 9).map((attempt) => attempt.status)).toEqual(Array(9).fill(401));
    // The tenth failure holds the account back for new devices for a few seconds; while the
    // clock stands still every further guess is refused unchecked.
    expect(guesses[9]!.status).toBe(429);
    expect(guesses.slice(10).every((attempt) => attempt.status === 429)).toBe(true);
    expect(guesses[20]!.text).toContain('Många försök att logga in på det här kontot har misslyckats. Vänta 5 sekunder och försök igen.');
    const failures = await context.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, 'auth.login-failed') });
    expect(failures).toHaveLength(10);

    // The owner on a new device waits the few seconds, not the rest of the crisis.
    const early = await guess(context, '203.0.113.5', 'anna', password);
    expect(early.status).toBe(429);
    context.clock.advance(5_000);
    expect((await new Browser(context.app, '203.0.113.5').post('/admin/login', { username: 'anna', password })).status).toBe(303);

    // The next failure holds it back twice as long; the known laptop is not held back at all.
    expect((await guess(context, '198.51.100.31', 'anna', 'ännu en gissning')).text).toContain('Vänta 10 sekunder');
    expect((await laptop.signIn('anna', password)).status).toBe(303);
    expect((await laptop.get('/admin')).status).toBe(200);
  });

  it('from one address locks that address out of that account only', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const { password: bertilsPassword } = await makeUser(context, { username: 'bertil' });
    for (let attempt = 1; attempt <= 4; attempt++) expect((await guess(context, '198.51.100.7', 'anna', `gissning ${attempt}`)).status).toBe(401);
    const fifth = await guess(context, '198.51.100.7', 'anna', 'gissning fem');
    expect(fifth.status).toBe(429);
    expect(fifth.text).toContain('För många misslyckade försök för det här kontot från den här datorn. Försök igen om 15 minuter.');
    // Even the right password is refused from there …
    expect((await guess(context, '198.51.100.7', 'anna', password)).status).toBe(429);
    // … while the owner elsewhere, and another account from the same address, get in.
    expect((await guess(context, '203.0.113.9', 'anna', password)).status).toBe(303);
    expect((await guess(context, '198.51.100.7', 'bertil', bertilsPassword)).status).toBe(303);
    context.clock.advance(15 * 60_000 + 1000);
    expect((await guess(context, '198.51.100.7', 'anna', password)).status).toBe(303);
  });

  it('who has the password cannot lock the owner’s code step on a known device', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    await context.db.update(users).set({ totpSecret: SECRET, totpEnabledAt: context.clock.now() });
    // The laptop became known with the password and a code.
    const laptop = new Browser(context.app, '192.0.2.10');
    await laptop.post('/admin/login', { username: 'anna', password });
    await laptop.get('/admin/login/verify');
    expect((await laptop.post('/admin/login/verify', { code: totpCodeAt(SECRET, context.clock.now()) })).status).toBe(303);
    await laptop.post('/admin/logout', {});
    context.clock.advance(30_000);

    // A stranger with the password tries codes from one address after another.
    const right = totpCodeAt(SECRET, context.clock.now());
    const wrong = right === '123456' ? '654321' : '123456';
    const statuses = [];
    for (let address = 1; address <= 12; address++) {
      const stranger = new Browser(context.app, `198.51.100.${address}`);
      const passwordStep = await stranger.post('/admin/login', { username: 'anna', password });
      if (passwordStep.status !== 303) {
        statuses.push(passwordStep.status);
        continue;
      }
      await stranger.get('/admin/login/verify');
      statuses.push((await stranger.post('/admin/login/verify', { code: wrong })).status);
    }
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(statuses.slice(9)).toEqual([429, 429, 429]);

    // The owner's laptop: password and code, straight in.
    expect((await laptop.post('/admin/login', { username: 'anna', password, next: '/admin' })).headers.get('location')).toBe('/admin/login/verify?next=%2Fadmin');
    await laptop.get('/admin/login/verify');
    expect((await laptop.post('/admin/login/verify', { code: right })).status).toBe(303);
    expect((await laptop.get('/admin')).status).toBe(200);
  });
});

describe('one address trying many accounts', () => {
  it('is locked out after twenty failures, but a device known to an account there still signs in to it', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const laptop = await knownLaptop(context, 'anna', password, '198.51.100.77');
    let last: Awaited<ReturnType<typeof guess>> | undefined;
    for (let attempt = 1; attempt <= 20; attempt++) last = await guess(context, '198.51.100.77', `konto${attempt}`, 'helt fel lösenord här');
    expect(last!.status).toBe(429);
    expect(last!.text).toContain('För många misslyckade försök från den här datorn. Försök igen om 15 minuter.');
    expect((await guess(context, '198.51.100.77', 'anna', password)).status).toBe(429);
    expect((await laptop.signIn('anna', password)).status).toBe(303);
  });
});
