/** SMTP_URL, MAIL_FROM and SUBSCRIPTION_SECRET as the entry points read them. */
import { describe, expect, it } from 'vitest';
import { fromUser, parseSmtpUrl, readMailSettings, readSubscriptionSecret } from '../../src/notify/mail/transport';


describe('mail settings', () => {
  it('reads smtp:// (STARTTLS when offered) and smtps:// with percent-encoded credentials and default ports', () => {
    expect(parseSmtpUrl('smtp://user%40org:p%C3%A5ss%3Aw@mail.example.org:2525')).toEqual({
      host: 'mail.example.org', port: 2525, secure: false, username: 'user@org', password: 'påss:w',
    });
    expect(parseSmtpUrl('smtp://mail.example.org')).toMatchObject({ port: 587, secure: false, username: null });
    expect(parseSmtpUrl('smtps://u:p@mail.example.org')).toMatchObject({ port: 465, secure: true });
  });

  it('stops with a message naming the setting when it is wrong or half set', () => {
    expect(() => parseSmtpUrl('http://mail.example.org')).toThrow(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
    expect(() => parseSmtpUrl('not a url')).toThrow(/SMTP_URL must be a URL/);
    expect(() => readMailSettings('smtp://mail.example.org', undefined)).toThrow(/MAIL_FROM is not/);
    expect(() => readMailSettings(undefined, 'status@example.org')).toThrow(/SMTP_URL is not/);
    expect(() => readMailSettings('smtp://mail.example.org', 'Kommun <status@example.org>\r\nBcc: x@example.org')).toThrow(/MAIL_FROM must be an address/);
    expect(readMailSettings(undefined, '')).toBeNull();
    expect(readMailSettings('smtp://mail.example.org', 'Exempelviks kommun <status@example.org>')?.from).toBe('Exempelviks kommun <status@example.org>');
  });

  it('takes a subscription secret of at least 32 characters, or none (generated)', () => {
    expect(readSubscriptionSecret(undefined)).toBeNull();
    expect(readSubscriptionSecret('  ')).toBeNull();
    expect(() => readSubscriptionSecret('short')).toThrow(/at least 32 characters/);
    expect(readSubscriptionSecret('x'.repeat(32))).toBe('x'.repeat(32));
  });

  it('splits a From for worker-mailer into name and address', () => {
    expect(fromUser('Exempelviks kommun <status@example.org>')).toEqual({ name: 'Exempelviks kommun', email: 'status@example.org' });
    expect(fromUser('"Kommun, IT" <it@example.org>')).toEqual({ name: 'Kommun, IT', email: 'it@example.org' });
    expect(fromUser('status@example.org')).toEqual({ email: 'status@example.org' });
  });
});
