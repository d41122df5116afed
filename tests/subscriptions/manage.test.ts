/**
 * After confirming: the manage page changes what a subscription follows or ends it; a mail
 * server's permanent refusal quarantines the address; the purge deletes unconfirmed
 * addresses after 48 hours and quarantined ones after 30 days; hostile text stays text in
 * the HTML mail and on the pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/notify/deliver';
import { createMailChannel } from '../../src/notify/mail/channel';
import { countSubscribers, purgeSubscriptions } from '../../src/store/subscriptions';
import { visibleText } from '../helpers/app';
import { makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { ESCAPED_SCRIPT, MARKUP } from '../helpers/hostile';
import { applyDueMaintenanceTransitions } from '../../src/store/maintenance';
import { HOUR, makeMaintenance, makeServices } from '../maintenance/helpers';
import { createMailTestApp, linkIn, pathOfUrl, postForm, tokenField, type MailTestContext } from './helpers';

let ctx: MailTestContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

const deliver = (context: MailTestContext) =>
  deliverPending(context.db, { channels: [createMailChannel({ clock: context.clock, mail: context.mail, publicUrl: null })], clock: context.clock });

/** Subscribes and confirms; returns the manage link from the confirmed page. */
async function confirmedSubscriber(context: MailTestContext, email: string, fields: Record<string, string | string[]> = {}) {
  const before = context.smtp.received.length;
  await postForm(context.app, '/prenumerera', { email, ...fields });
  const confirmation = (await context.smtp.waitFor(before + 1))[before]!;
  const page = await context.app.request(pathOfUrl(linkIn(confirmation, 'https://status.example.org/prenumerera/bekrafta')));
  const done = await (await postForm(context.app, '/prenumerera/bekrafta', { t: tokenField(await page.text()) })).text();
  const manage = /href="(\/prenumerera\/installningar\?t=[^"]+)"/.exec(done);
  expect(manage).not.toBeNull();
  return manage![1]!.replaceAll('&amp;', '&');
}

describe('managing a subscription', () => {
  it('changes from everything to one service, and then mails only about that service', async () => {
    ctx = await createMailTestApp();
    const { app, db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const kept = await makeService(db, clock, { groupId: group, sv: { name: 'Bygglov' } });
    const other = await makeService(db, clock, { groupId: group, sv: { name: 'Skolportalen' } });
    const managePath = await confirmedSubscriber(ctx, 'anna@example.org');

    const manage = await app.request(managePath);
    expect(manage.status).toBe(200);
    expect(manage.headers.get('Cache-Control')).toBe('no-store');
    const html = await manage.text();
    expect(visibleText(html)).toContain('Här ändrar du vad anna@example.org får e-post om.');
    expect(html).toMatch(/id="follow-everything"[^>]*checked/);

    const saved = await postForm(app, '/prenumerera/installningar', { t: tokenField(html), follow: 'services', service: String(kept.id), lang: 'en' });
    expect(saved.status).toBe(200);
    const savedHtml = await saved.text();
    expect(visibleText(savedHtml)).toContain('Ändringarna är sparade.');
    expect(savedHtml).toMatch(new RegExp(`id="follow-service-${kept.id}"[^>]*checked`));

    const before = smtp.received.length;
    await publish(db, clock, { texts: { sv: 'Skolportalen nere.', en: 'School portal down.' }, changes: [{ serviceId: other.id, to: 'down' }] });
    await publish(db, clock, { texts: { sv: 'Bygglov nere.', en: 'Building permits down.' }, changes: [{ serviceId: kept.id, to: 'down' }] });
    await deliver(ctx);
    const sent = (await smtp.waitFor(before + 1)).slice(before);
    expect(sent).toHaveLength(1);
    // The language changed too.
    expect(sent[0]!.parsed.text).toContain('Building permits down.');
    expect(sent[0]!.parsed.html).toContain('<html lang="en"');
  });

  it('ends the subscription from the manage page: deleted at once, nothing sent after', async () => {
    ctx = await createMailTestApp();
    const { app, db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    const managePath = await confirmedSubscriber(ctx, 'anna@example.org');
    const html = await (await app.request(managePath)).text();
    const ended = await postForm(app, '/prenumerera/avsluta', { t: tokenField(html), from: 'manage' });
    expect(ended.status).toBe(200);
    expect(visibleText(await ended.text())).toContain('Vi har raderat adressen och skickar inga fler mejl.');
    expect(await countSubscribers(db)).toEqual({ confirmed: 0, unconfirmed: 0, quarantined: 0 });
    const before = smtp.received.length;
    await publish(db, clock, { texts: { sv: 'Nere.', en: 'Down.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    await deliver(ctx);
    expect(smtp.received).toHaveLength(before);
    // The old manage link is dead with the subscription.
    expect((await app.request(managePath)).status).toBe(400);
  });

  it('shows the unsubscribe link from a mail as a page with a button, and leaves only on the POST', async () => {
    ctx = await createMailTestApp();
    const { app, db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    await confirmedSubscriber(ctx, 'anna@example.org');
    await publish(db, clock, { texts: { sv: 'Nere.', en: 'Down.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    await deliver(ctx);
    const notification = smtp.received.at(-1)!;
    const unsubscribe = pathOfUrl(linkIn(notification, 'https://status.example.org/prenumerera/avsluta?t='));
    const page = await app.request(unsubscribe);
    expect(page.status).toBe(200);
    expect(await countSubscribers(db)).toEqual({ confirmed: 1, unconfirmed: 0, quarantined: 0 });
    await postForm(app, '/prenumerera/avsluta', { t: tokenField(await page.text()) });
    expect(await countSubscribers(db)).toEqual({ confirmed: 0, unconfirmed: 0, quarantined: 0 });
  });
});

describe('bounces and the purge', () => {
  it('quarantines an address the mail server refuses for good and sends it nothing more', async () => {
    ctx = await createMailTestApp();
    const { db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    await confirmedSubscriber(ctx, 'gone@example.org');
    smtp.refuse.add('gone@example.org');
    await publish(db, clock, { texts: { sv: 'Nere.', en: 'Down.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const run = await deliver(ctx);
    expect(run.gaveUp).toBe(1);
    expect(await countSubscribers(db)).toEqual({ confirmed: 0, unconfirmed: 0, quarantined: 1 });

    // A new subscribe request for it sends nothing either, and says the same as always.
    const before = smtp.received.length;
    const answer = await postForm(ctx.app, '/prenumerera', { email: 'gone@example.org' });
    expect(answer.status).toBe(200);
    expect(visibleText(await answer.text())).toContain('Titta i din e-post');
    expect(smtp.received).toHaveLength(before);

    clock.advance(29 * 24 * 60 * 60 * 1000);
    expect(await purgeSubscriptions(db, clock.now())).toEqual({ unconfirmed: 0, quarantined: 0 });
    clock.advance(2 * 24 * 60 * 60 * 1000);
    expect(await purgeSubscriptions(db, clock.now())).toEqual({ unconfirmed: 0, quarantined: 1 });
    expect(await countSubscribers(db)).toEqual({ confirmed: 0, unconfirmed: 0, quarantined: 0 });
  });

  it('retries, and quarantines nobody, when the server refuses our sender rather than the address', async () => {
    ctx = await createMailTestApp();
    const { db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group });
    await confirmedSubscriber(ctx, 'anna@example.org');
    smtp.refuseSender.on = true;
    await publish(db, clock, { texts: { sv: 'Nere.', en: 'Down.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const run = await deliver(ctx);
    expect(run.gaveUp).toBe(0);
    expect(run.failed).toBe(1);
    expect(await countSubscribers(db)).toEqual({ confirmed: 1, unconfirmed: 0, quarantined: 0 });
  });

  it('deletes an unconfirmed address after 48 hours, and keeps a confirmed one', async () => {
    ctx = await createMailTestApp();
    const { db, clock } = ctx;
    await confirmedSubscriber(ctx, 'kept@example.org');
    await postForm(ctx.app, '/prenumerera', { email: 'never-confirmed@example.org' });
    clock.advance(47 * 60 * 60 * 1000);
    expect((await purgeSubscriptions(db, clock.now())).unconfirmed).toBe(0);
    clock.advance(2 * 60 * 60 * 1000);
    expect((await purgeSubscriptions(db, clock.now())).unconfirmed).toBe(1);
    expect(await countSubscribers(db)).toEqual({ confirmed: 1, unconfirmed: 0, quarantined: 0 });
  });
});

describe('hostile text', () => {
  it('stays text in the HTML mail, the plain text and on the pages', async () => {
    ctx = await createMailTestApp();
    const { app, db, clock, smtp } = ctx;
    const group = await makeGroup(db, clock, { sv: MARKUP, en: MARKUP });
    const service = await makeService(db, clock, { groupId: group, sv: { name: MARKUP, workaround: MARKUP } });
    const incident = await makeIncident(db, clock, { texts: { sv: { title: MARKUP, whatYouShouldDo: MARKUP }, en: { title: MARKUP } } });

    const subscribePage = await (await app.request('/prenumerera')).text();
    expect(subscribePage).not.toContain('<script>alert(1)</script>');
    expect(subscribePage).toContain(ESCAPED_SCRIPT);
    const incidentForm = await postForm(app, '/prenumerera', { email: 'bad', follow: 'incident', incident: String(incident.id) });
    const incidentFormHtml = await incidentForm.text();
    expect(incidentForm.status).toBe(400);
    expect(incidentFormHtml).not.toContain('<script>alert(1)</script>');
    expect(incidentFormHtml).toContain(ESCAPED_SCRIPT);
    const hostileEmail = await postForm(app, '/prenumerera', { email: '<script>alert(1)</script>@example.org' });
    expect(hostileEmail.status).toBe(400);
    expect(await hostileEmail.text()).not.toContain('<script>alert(1)</script>');

    await confirmedSubscriber(ctx, 'anna@example.org');
    await publish(db, clock, { incidentId: incident.id, texts: { sv: MARKUP, en: MARKUP }, changes: [{ serviceId: service.id, to: 'down' }] });
    await deliver(ctx);
    const notification = smtp.received.at(-1)!;
    const mailHtml = notification.parsed.html as string;
    expect(mailHtml).not.toContain('<script>');
    expect(mailHtml).not.toContain('<img src=x');
    expect(mailHtml).toContain(ESCAPED_SCRIPT);
    expect(notification.parsed.text).toContain(MARKUP);
    // A title is one line in the subject.
    expect(notification.parsed.subject).toBe(`${MARKUP} – Testby kommun`);
  });
});

describe('planned maintenance', () => {
  it('mails a service follower when the maintenance is scheduled, starts and ends', async () => {
    ctx = await createMailTestApp();
    const { db, clock, smtp } = ctx;
    const { portal } = await makeServices(db, clock);
    await confirmedSubscriber(ctx, 'anna@example.org', { follow: 'services', service: String(portal.id) });
    const before = smtp.received.length;
    const startsAt = new Date(clock.now().getTime() + HOUR);
    await makeMaintenance(db, clock, { serviceIds: [portal.id], startsAt, endsAt: new Date(startsAt.getTime() + HOUR) });
    await deliver(ctx);
    clock.set(new Date(startsAt.getTime() + 60_000));
    await applyDueMaintenanceTransitions(db, clock);
    await deliver(ctx);
    clock.advance(HOUR);
    await applyDueMaintenanceTransitions(db, clock);
    await deliver(ctx);
    const sent = (await smtp.waitFor(before + 3)).slice(before);
    expect(sent).toHaveLength(3);
    for (const mail of sent) expect(mail.parsed.subject).toMatch(/^Uppgradering underhall-\d+ – Testby kommun$/);
    // The automatic start and end have no text of their own: the interface words them.
    expect(sent[1]!.parsed.text).toContain('Pågår');
    expect(sent[1]!.parsed.text).toContain('Mina sidor:');
  });
});
