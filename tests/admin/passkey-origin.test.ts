/**
 * Passkeys cannot work at an IP address or over plain http (other than localhost): the pages
 * say so, and the calls answer with that sentence rather than "try again" (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { passkeyBlockOf } from '../../src/routes/admin/account/passkey-origin';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

describe('where passkeys cannot work', () => {
  it('tells IP addresses and plain http apart from names that work', () => {
    expect(passkeyBlockOf('http://192.168.1.10:8080')).toEqual({ reason: 'ip-address', host: '192.168.1.10' });
    expect(passkeyBlockOf('https://10.0.0.1')).toEqual({ reason: 'ip-address', host: '10.0.0.1' });
    expect(passkeyBlockOf('https://[2001:db8::1]')).toEqual({ reason: 'ip-address', host: '[2001:db8::1]' });
    expect(passkeyBlockOf('http://status.kommun.se')).toEqual({ reason: 'insecure', host: 'status.kommun.se' });
    expect(passkeyBlockOf('https://status.kommun.se')).toBeNull();
    expect(passkeyBlockOf('http://localhost:8787')).toBeNull();
  });

  it('the sign-in page says why at an IP address, and offers no passkey button', async () => {
    const context = await createTestApp({ publicUrl: 'http://192.168.1.10' });
    const browser = new Browser(context.app);
    const html = await (await browser.get('/admin/login')).text();
    expect(visibleText(html)).toContain('Passkeys fungerar inte här: konsolen nås via IP-adressen 192.168.1.10');
    expect(html).not.toContain('data-verify-url');
    const options = await browser.postJson('/admin/login/passkey/options', {});
    expect(options.status).toBe(409);
    expect(((await options.json()) as { error: string }).error).toContain('IP-adressen 192.168.1.10');
  });

  it('plain http on a domain name: the account page says passkeys need https, and adding one is refused with that sentence', async () => {
    const context = await createTestApp({ publicUrl: 'http://status.kommun.se' });
    const { password } = await makeUser(context, { username: 'anna' });
    const browser = new Browser(context.app, '192.0.2.1', 'http://status.kommun.se');
    await browser.signIn('anna', password);
    const html = await (await browser.get('/admin/account')).text();
    expect(visibleText(html)).toContain('Passkeys fungerar inte här: status.kommun.se nås utan https');
    expect(html).not.toContain('id="passkey-register"');
    const options = await browser.postJson('/admin/account/passkeys/options', { name: 'Telefonen', password });
    expect(options.status).toBe(409);
    expect(((await options.json()) as { error: string }).error).toContain('nås utan https');
  });

  it('at localhost nothing is said and the passkey button is offered', async () => {
    const context = await createTestApp({ publicUrl: null });
    const html = await (await new Browser(context.app).get('/admin/login')).text();
    expect(visibleText(html)).not.toContain('Passkeys fungerar inte här');
    expect(html).toContain('data-verify-url="/admin/login/passkey?lang=sv"');
  });
});
