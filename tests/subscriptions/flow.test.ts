/**
 * A resident subscribes without JavaScript, confirms, gets a mail on the next publication and
 * leaves with one click: through the real app, the real outbox delivery and a real SMTP
 * server on loopback, each mail parsed as a mail client would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/notify/deliver';
import { createMailChannel } from '../../src/notify/mail/channel';
import { visibleText } from '../helpers/app';
import { makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { createMailTestApp, linkIn, pathOfUrl, postForm, tokenField, type MailTestContext } from './helpers';

let ctx: MailTestContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

async function deliver(context: MailTestContext) {
  const channel = createMailChannel({ clock: context.clock, mail: context.mail, publicUrl: null });
  return deliverPending(context.db, { channels: [channel], clock: context.clock });
}

async function subscribeAndConfirm(context: MailTestContext, email: string, fields: Record<string, string | string[]> = {}) {
  const before = context.smtp.received.length;
  const answer = await postForm(context.app, '/prenumerera', { email, ...fields });
  expect(answer.status).toBe(200);
  const [confirmation] = (await context.smtp.waitFor(before + 1)).slice(before);
  // The mail's language decides the link's: /prenumerera/bekrafta or /en/subscribe/confirm.
  const link = new URL(linkIn(confirmation!, fields.lang === 'en' ? 'https://status.example.org/en/subscribe/confirm' : 'https://status.example.org/prenumerera/bekrafta'));
  const confirmPage = await context.app.request(link.pathname + link.search);
  const confirmed = await postForm(context.app, link.pathname, { t: tokenField(await confirmPage.text()) });
  expect(confirmed.status).toBe(200);
}

describe('e-mail subscription, from the form to one-click unsubscribe', () => {
  it('sends a confirmation mail, confirms only on the button, mails the next update and nothing after leaving', async () => {
    ctx = await createMailTestApp();
    const { app, db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor', workaround: 'Ring kontaktcenter på 0123-45 67 00.' } });

    const page = await app.request('/prenumerera');
    expect(page.status).toBe(200);
    const pageText = visibleText(await page.text());
    expect(pageText).toContain('Få e-post när något händer');
    expect(pageText).toContain('Vad vi sparar om dig');
    // The feeds are still there.
    expect(pageText).toContain('Alla uppdateringar');

    const answer = await postForm(app, '/prenumerera', { email: '  Anna.Andersson@Example.SE ', follow: 'everything', lang: 'sv' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    expect(visibleText(await answer.text())).toContain('Titta i din e-post');

    const [confirmation] = await smtp.waitFor(1);
    expect(confirmation!.to).toEqual(['anna.andersson@example.se']);
    expect(confirmation!.parsed.subject).toBe('Bekräfta att du vill få e-post från Testby kommun');
    expect(confirmation!.parsed.headers.get('content-language')).toBe('sv');
    expect(confirmation!.parsed.html).toContain('<html lang="sv"');
    const confirmUrl = linkIn(confirmation!, 'https://status.example.org/prenumerera/bekrafta?t=');

    // Nothing but the confirmation before the button is pressed, even after a link scanner opened the link.
    const scanned = await app.request(pathOfUrl(confirmUrl));
    expect(scanned.status).toBe(200);
    expect(scanned.headers.get('Cache-Control')).toBe('no-store');
    const scannedHtml = await scanned.text();
    expect(visibleText(scannedHtml)).toContain('Bekräfta prenumerationen');
    await publish(db, clock, { texts: { sv: 'Före bekräftelsen.', en: 'Before confirming.' }, changes: [{ serviceId: service.id, to: 'degraded' }] });
    await deliver(ctx);
    expect(smtp.received).toHaveLength(1);

    const confirmed = await postForm(app, '/prenumerera/bekrafta', { t: tokenField(scannedHtml) });
    expect(confirmed.status).toBe(200);
    expect(visibleText(await confirmed.text())).toContain('Klart – du prenumererar nu');

    clock.advance(60_000);
    await publish(db, clock, {
      texts: { sv: 'Mina sidor fungerar inte.\n\nVi arbetar på det.', en: 'My pages is down.' },
      changes: [{ serviceId: service.id, to: 'down' }],
    });
    const run = await deliver(ctx);
    expect(run.sent).toBe(1);
    const [, notification] = await smtp.waitFor(2);
    expect(notification!.to).toEqual(['anna.andersson@example.se']);
    expect(notification!.parsed.subject).toBe('Mina sidor – Testby kommun');
    const text = notification!.parsed.text!;
    expect(text).toContain('Mina sidor fungerar inte.');
    expect(text).toContain('Mina sidor: Begränsad funktion → Ur funktion');
    expect(text).toContain('Ring kontaktcenter på 0123-45 67 00.');
    expect(text).toMatch(/https:\/\/status\.example\.org\/tjanster\/[^#\s]+#update-\d+/);
    expect(notification!.parsed.html).toContain('<html lang="sv"');
    expect(notification!.parsed.headers.get('content-language')).toBe('sv');
    const listUnsubscribe = /^List-Unsubscribe: <(https:\/\/status\.example\.org\/prenumerera\/avsluta\?t=[^>]+)>/im.exec(
      notification!.raw.replace(/\r?\n[ \t]+/g, ' '),
    );
    expect(listUnsubscribe).not.toBeNull();
    expect(notification!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);

    // The mail client's one-click POST: no Origin, no form token, just the signed URL.
    const oneClick = await app.request(pathOfUrl(listUnsubscribe![1]!), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(visibleText(await oneClick.text())).toContain('Prenumerationen är avslutad');

    clock.advance(60_000);
    await publish(db, clock, { texts: { sv: 'Tillbaka.', en: 'Back.' }, changes: [{ serviceId: service.id, to: 'operational' }] });
    await deliver(ctx);
    expect(smtp.received).toHaveLength(2);
  });

  it('sends the English mail to an address that chose English, from /en/subscribe', async () => {
    ctx = await createMailTestApp();
    const { app, db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, en: { name: 'My pages' } });
    const answer = await postForm(app, '/en/subscribe', { email: 'sam@example.org', follow: 'services', service: String(service.id), lang: 'en' });
    expect(answer.status).toBe(200);
    expect(visibleText(await answer.text())).toContain('Check your e-mail');
    const [confirmation] = await smtp.waitFor(1);
    expect(confirmation!.parsed.subject).toBe('Confirm that you want e-mail from Testby Municipality');
    const confirmPage = await app.request(pathOfUrl(linkIn(confirmation!, 'https://status.example.org/en/subscribe/confirm?t=')));
    const html = await confirmPage.text();
    expect(html).toContain('<html lang="en"');
    await postForm(app, '/en/subscribe/confirm', { t: tokenField(html) });

    await publish(db, clock, { texts: { sv: 'Nere.', en: 'Down.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    await deliver(ctx);
    const [, notification] = await smtp.waitFor(2);
    expect(notification!.parsed.html).toContain('<html lang="en"');
    expect(notification!.parsed.text).toContain('My pages: Operational → Down');
    expect(notification!.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/List-Unsubscribe: <https:\/\/status\.example\.org\/en\/subscribe\/unsubscribe\?t=/);
  });

  it('mails only those whose scope the update is in: a chosen service, one incident, or everything', async () => {
    ctx = await createMailTestApp();
    const { db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const one = await makeService(db, clock, { groupId: group });
    const other = await makeService(db, clock, { groupId: group });
    const incident = await makeIncident(db, clock);
    await subscribeAndConfirm(ctx, 'all@example.org');
    await subscribeAndConfirm(ctx, 'one@example.org', { follow: 'services', service: String(one.id) });
    await subscribeAndConfirm(ctx, 'incident@example.org', { follow: 'incident', incident: String(incident.id) });
    const confirmations = smtp.received.length;

    await publish(db, clock, { texts: { sv: 'Den andra.', en: 'The other.' }, changes: [{ serviceId: other.id, to: 'down' }] });
    await deliver(ctx);
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Om händelsen.', en: 'About the incident.' } });
    await deliver(ctx);
    await publish(db, clock, { texts: { sv: 'Den första.', en: 'The first.' }, changes: [{ serviceId: one.id, to: 'degraded' }] });
    await deliver(ctx);

    const sent = (await smtp.waitFor(confirmations + 5)).slice(confirmations);
    const to = (address: string) => sent.filter((mail) => mail.to.includes(address)).map((mail) => mail.parsed.text!.split('\n')[0]);
    expect(sent).toHaveLength(5);
    expect(to('all@example.org')).toHaveLength(3);
    expect(to('one@example.org')).toHaveLength(1);
    expect(sent.find((mail) => mail.to.includes('one@example.org'))!.parsed.text).toContain('Den första.');
    expect(to('incident@example.org')).toHaveLength(1);
    const incidentMail = sent.find((mail) => mail.to.includes('incident@example.org'))!;
    expect(incidentMail.parsed.text).toContain('Om händelsen.');
    expect(incidentMail.parsed.text).toContain('Vad ska du göra?\nRing oss.');
  });

  it('offers "follow this by e-mail" on each service and open incident page, and its form follows just that', async () => {
    ctx = await createMailTestApp();
    const { app, db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    const incident = await makeIncident(db, clock);

    const servicePage = await (await app.request(`/tjanster/${service.slug}`)).text();
    expect(visibleText(servicePage)).toContain('Få e-post om den här tjänsten');
    expect(servicePage).toContain('action="/prenumerera"');
    expect(servicePage).toContain(`name="service" value="${service.id}"`);
    const incidentPage = await (await app.request(`/en/incidents/${incident.slug}`)).text();
    expect(visibleText(incidentPage)).toContain('Get e-mail about this incident');
    expect(incidentPage).toContain('action="/en/subscribe"');

    // What that form posts: the incident, in the page's language.
    await subscribeAndConfirm(ctx, 'follower@example.org', { follow: 'incident', incident: String(incident.id), lang: 'en' });
    await publish(db, clock, { texts: { sv: 'Annat.', en: 'Other.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Nytt om händelsen.', en: 'News about the incident.' } });
    await deliver(ctx);
    const notification = (await smtp.waitFor(2))[1]!;
    expect(smtp.received).toHaveLength(2);
    expect(notification.parsed.subject).toBe(`Incident ${incident.slug} – Testby Municipality`);
    expect(notification.parsed.text).toContain('News about the incident.');
    expect(notification.parsed.text).toContain(`https://status.example.org/en/incidents/${incident.slug}#update-`);

    // Without mail configured the pages carry no such form.
    await ctx.close();
    ctx = null;
    const { createTestApp } = await import('../helpers/app');
    const plain = await createTestApp();
    const plainGroup = await makeGroup(plain.db, plain.clock);
    const plainService = await makeService(plain.db, plain.clock, { groupId: plainGroup });
    expect(await (await plain.app.request(`/tjanster/${plainService.slug}`)).text()).not.toContain('Få e-post om den här tjänsten');
  });
});
