/** With two-step verification required, a password alone never opens an account protected by a passkey. */
import { describe, expect, it } from 'vitest';
import { passkeys } from '../../src/db/schema';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { setRequireSecondFactor } from '../../src/store/second-factor-policy';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

describe('passkey-only accounts under a two-step policy', () => {
  it('refuses the password alone and points to the passkey', async () => {
    const context = await createTestApp();
    await makeUser(context, { username: 'chef', role: 'admin' });
    const { user, password } = await makeUser(context, { username: 'anna' });
    await context.db.insert(passkeys).values({
      id: 'credential-1',
      userId: user.id,
      publicKey: 'AQID',
      counter: 0,
      transports: [],
      deviceType: 'singleDevice',
      backedUp: false,
      name: 'Nyckel',
      createdAt: context.clock.now(),
    });

    // Without the policy the password still works (the passkey is a convenience).
    expect((await new Browser(context.app).post('/admin/login', { username: 'anna', password })).status).toBe(303);

    await setRequireSecondFactor(context.db, context.clock, true, SYSTEM_ACTOR);
    const browser = new Browser(context.app);
    const refused = await browser.post('/admin/login', { username: 'anna', password });
    expect(refused.status).toBe(401);
    expect(visibleText(await refused.text())).toContain('Logga in med din passkey.');
    expect(browser.hasSessionCookie()).toBe(false);
  });
});
