/**
 * Every refused sign-in looks the same from outside: unknown user name, disabled account and
 * wrong password get the same status, the same words and the same amount of key derivation,
 * so neither the page nor the response time tells which names exist (issue 9, defect 2).
 *
 * The work is counted, not timed: every PBKDF2 iteration goes through WebCrypto's
 * `deriveBits`, which the test watches (calls pass through unchanged). Timing the responses
 * would measure the same thing with noise from a shared machine.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { setUserDisabled } from '../../src/store/user-access';
import { createTestApp, TEST_PASSWORD_ITERATIONS, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Posts the sign-in form (already loaded) and counts the PBKDF2 iterations it cost. */
async function refusal(browser: Browser, username: string, password: string) {
  await browser.get('/admin/login');
  const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
  const response = await browser.post('/admin/login', { username, password, _csrf: browser.csrfToken ?? '' });
  const iterations = deriveBits.mock.calls.reduce((sum, [algorithm]) => sum + (algorithm as Pbkdf2Params).iterations, 0);
  deriveBits.mockRestore();
  return { status: response.status, text: visibleText(await response.text()), iterations };
}

describe('refused sign-ins', () => {
  it('cost the same key derivation and say the same thing for unknown, disabled and wrong-password attempts', async () => {
    const context = await createTestApp();
    await makeUser(context, { username: 'chefen', role: 'admin' });
    await makeUser(context, { username: 'anna' });
    const { user: former, password: formerPassword } = await makeUser(context, { username: 'bertil' });
    await setUserDisabled(context.db, context.clock, former.id, true, SYSTEM_ACTOR);

    // A different address each time, so no attempt is slowed down by the ones before it.
    const attempts = {
      wrongPassword: await refusal(new Browser(context.app, '198.51.100.1'), 'anna', 'fel lösenord helt och hållet'),
      unknownUser: await refusal(new Browser(context.app, '198.51.100.2'), 'ingen-sadan', 'fel lösenord helt och hållet'),
      disabledWrong: await refusal(new Browser(context.app, '198.51.100.3'), 'bertil', 'fel lösenord helt och hållet'),
      disabledRight: await refusal(new Browser(context.app, '198.51.100.4'), 'bertil', formerPassword),
      blankName: await refusal(new Browser(context.app, '198.51.100.5'), '', 'fel lösenord helt och hållet'),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      expect(attempt.status, name).toBe(401);
      expect(attempt.text, name).toContain('Fel användarnamn eller lösenord.');
      // One derivation at the configured work factor, never two (the unknown-user path used to
      // hash a fresh decoy and then verify against it).
      expect(attempt.iterations, name).toBe(TEST_PASSWORD_ITERATIONS);
    }
    // The pages are word for word the same (the typed user name is only in the field's value).
    expect(new Set(Object.values(attempts).map((attempt) => attempt.text)).size).toBe(1);
  });
});
