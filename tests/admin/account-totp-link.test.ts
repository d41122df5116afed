/** Enrolling the authenticator app on the same phone: a link beside the QR code (issue 12). */
import { describe, expect, it } from 'vitest';
import { totpUri } from '../../src/auth/totp';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

describe('the otpauth:// link on the authenticator page', () => {
  it('opens the same secret as the QR code', async () => {
    const context = await createTestApp();
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app);
    await browser.signIn('anna', password);
    const html = await (await browser.get('/admin/account/totp')).text();
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(html)![1]!;
    const href = /<a href="(otpauth:\/\/[^"]+)">([^<]+)<\/a>/.exec(html);
    expect(href).not.toBeNull();
    expect(href![1]!.replace(/&amp;/g, '&')).toBe(totpUri(secret, 'Testby kommun', 'anna'));
    expect(href![1]).toContain(`secret=${secret}`);
    expect(visibleText(html)).toContain('Är appen på den här telefonen? Öppna länken i stället för att skanna koden');
  });
});
