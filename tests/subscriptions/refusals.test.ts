/**
 * What the subscription forms refuse, and what they never tell: a malformed address is a 400
 * with the form kept, a post from another site is refused, repeated requests are limited per
 * address and per client, and the answer is the same whether or not the address is subscribed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { visibleText, createTestApp } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';
import { countSubscribers } from '../../src/store/subscriptions';
import { SUBSCRIBE_LIMITS } from '../../src/domain/subscription';
import { createMailTestApp, linkIn, pathOfUrl, postForm, tokenField, type MailTestContext } from './helpers';

let ctx: MailTestContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

describe('subscribe form refusals', () => {
  it('answers a malformed address with 400, a message at the field, and what was typed kept', async () => {
    ctx = await createMailTestApp();
    const group = await makeGroup(ctx.db, ctx.clock);
    const service = await makeService(ctx.db, ctx.clock, { groupId: group });
    for (const bad of ['', 'anna', 'anna@', 'anna@example', 'an na@example.org', 'anna@example.org\r\nBcc: x@example.org', `${'a'.repeat(250)}@example.org`]) {
      const answer = await postForm(ctx.app, '/prenumerera', { email: bad, follow: 'services', service: String(service.id) });
      expect(answer.status, bad).toBe(400);
      const html = await answer.text();
      expect(visibleText(html)).toContain('Skriv en e-postadress, till exempel namn@exempel.se.');
      expect(html).toContain('aria-invalid="true"');
      expect(html).toMatch(new RegExp(`id="follow-service-${service.id}"[^>]*checked`));
      expect(html).toMatch(/id="follow-services"[^>]*checked/);
    }
    const kept = await (await postForm(ctx.app, '/prenumerera', { email: 'anna@example' })).text();
    expect(kept).toContain('value="anna@example"');
    expect(ctx.smtp.received).toHaveLength(0);
    expect(await countSubscribers(ctx.db)).toEqual({ confirmed: 0, unconfirmed: 0, quarantined: 0 });
  });

  it('asks for a service when "chosen services" has none ticked', async () => {
    ctx = await createMailTestApp();
    const answer = await postForm(ctx.app, '/en/subscribe', { email: 'sam@example.org', follow: 'services' });
    expect(answer.status).toBe(400);
    expect(visibleText(await answer.text())).toContain('Choose at least one service, or choose “All updates”.');
  });

  it('refuses a post from another site (no same-origin Origin or Sec-Fetch-Site)', async () => {
    ctx = await createMailTestApp();
    const answer = await postForm(ctx.app, '/prenumerera', { email: 'anna@example.org' }, { Origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    const confirm = await postForm(ctx.app, '/prenumerera/bekrafta', { t: 'x' }, { Origin: 'https://evil.example' });
    expect(confirm.status).toBe(403);
    expect(ctx.smtp.received).toHaveLength(0);
  });

  it('gives the same answer for an address that is subscribed and one that is not, and mails only the mailbox', async () => {
    ctx = await createMailTestApp();
    await postForm(ctx.app, '/prenumerera', { email: 'known@example.org' });
    const [confirmation] = await ctx.smtp.waitFor(1);
    const page = await ctx.app.request(pathOfUrl(linkIn(confirmation!, 'https://status.example.org/prenumerera/bekrafta')));
    await postForm(ctx.app, '/prenumerera/bekrafta', { t: tokenField(await page.text()) });

    const known = await postForm(ctx.app, '/prenumerera', { email: 'known@example.org' }, { 'X-Test-Client-IP': '192.0.2.7' });
    const unknown = await postForm(ctx.app, '/prenumerera', { email: 'unknown@example.org' }, { 'X-Test-Client-IP': '192.0.2.8' });
    expect(known.status).toBe(unknown.status);
    expect(await known.text()).toBe(await unknown.text());
    // The subscribed mailbox is told it is subscribed already (with its manage link); nothing changed.
    const mails = await ctx.smtp.waitFor(3);
    const toKnown = mails.filter((mail) => mail.to.includes('known@example.org'));
    expect(toKnown.at(-1)!.parsed.subject).toBe('Din prenumeration hos Testby kommun');
    expect(linkIn(toKnown.at(-1)!, 'https://status.example.org/prenumerera/installningar?t=')).toBeTruthy();
    expect(await countSubscribers(ctx.db)).toEqual({ confirmed: 1, unconfirmed: 1, quarantined: 0 });
  });

  it('limits repeated requests for one address, and from one client, without saying more', async () => {
    ctx = await createMailTestApp();
    for (let i = 0; i < SUBSCRIBE_LIMITS.perAddress; i++) {
      expect((await postForm(ctx.app, '/prenumerera', { email: 'flood@example.org' }, { 'X-Test-Client-IP': `198.51.100.${i}` })).status).toBe(200);
    }
    const limited = await postForm(ctx.app, '/prenumerera', { email: 'Flood@Example.org' }, { 'X-Test-Client-IP': '198.51.100.99' });
    expect(limited.status).toBe(429);
    expect(visibleText(await limited.text())).toContain('Vänta en timme och försök igen.');
    await ctx.smtp.waitFor(SUBSCRIBE_LIMITS.perAddress);
    expect(ctx.smtp.received).toHaveLength(SUBSCRIBE_LIMITS.perAddress);

    for (let i = 0; i < SUBSCRIBE_LIMITS.perClient - 1; i++) {
      expect((await postForm(ctx.app, '/prenumerera', { email: `person${i}@example.org` }, { 'X-Test-Client-IP': '198.51.100.1' })).status).toBe(200);
    }
    const fromOneClient = await postForm(ctx.app, '/prenumerera', { email: 'another@example.org' }, { 'X-Test-Client-IP': '198.51.100.1' });
    expect(fromOneClient.status).toBe(429);

    // An hour later the address may ask again.
    ctx.clock.advance(SUBSCRIBE_LIMITS.windowMs + 1);
    expect((await postForm(ctx.app, '/prenumerera', { email: 'flood@example.org' }, { 'X-Test-Client-IP': '198.51.100.50' })).status).toBe(200);
  });

  it('refuses a link that was tampered with or has expired, with a clear 400', async () => {
    ctx = await createMailTestApp();
    await postForm(ctx.app, '/prenumerera', { email: 'anna@example.org' });
    const [confirmation] = await ctx.smtp.waitFor(1);
    const url = linkIn(confirmation!, 'https://status.example.org/prenumerera/bekrafta?t=');
    const tampered = url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    const refused = await ctx.app.request(pathOfUrl(tampered));
    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain('Länken fungerar inte');
    expect((await ctx.app.request('/prenumerera/bekrafta?t=nonsense')).status).toBe(400);
    expect((await postForm(ctx.app, '/prenumerera/bekrafta', {})).status).toBe(400);

    ctx.clock.advance(48 * 60 * 60 * 1000 + 1);
    expect((await ctx.app.request(pathOfUrl(url))).status).toBe(400);
    expect(await countSubscribers(ctx.db)).toEqual({ confirmed: 0, unconfirmed: 1, quarantined: 0 });
  });
});

describe('without SMTP_URL', () => {
  it('says e-mail subscriptions are not available, keeps the feeds, and has no form to post to', async () => {
    const { app } = await createTestApp();
    const page = visibleText(await (await app.request('/prenumerera')).text());
    expect(page).toContain('E-postprenumerationer finns inte på den här sidan just nu.');
    expect(page).toContain('RSS');
    const post = await postForm(app, '/prenumerera', { email: 'anna@example.org' });
    expect(post.status).toBe(404);
  });
});
