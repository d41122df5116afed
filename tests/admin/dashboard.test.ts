import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeIncident, makeService } from '../helpers/factories';
import { parseFeed } from '../helpers/feeds';

async function editorWithService() {
  const context = await createTestApp();
  const group = await makeGroup(context.db, context.clock);
  const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
  const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const browser = new Browser(context.app);
  await browser.signIn('redaktor', password);
  return { ...context, service, browser };
}

describe('changing a status from the dashboard', () => {
  it('publishes a dated update with the note, visible on the public page and in the feed, in one step', async () => {
    const { app, browser, service, db } = await editorWithService();
    const page = await (await browser.get('/admin')).text();
    const version = /name="version" value="(\d+)"/.exec(page)![1]!;
    const response = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', 'note.sv': 'Mina sidor går inte att logga in på.', version }, { headers: { 'HX-Request': 'true' } });
    expect(response.status).toBe(200);
    const fragment = await response.text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('id="service-' + service.id + '"');
    expect(visibleText(fragment)).toContain('Publicerat: Mina sidor har nu status Ur funktion.');

    expect(visibleText(await (await app.request('/')).text())).toMatch(/Mina sidor\s+Ur funktion/);
    const feed = parseFeed(await (await app.request('/feed.atom')).text());
    expect(feed.items[0]!.content).toContain('Mina sidor går inte att logga in på.');
    expect(feed.items[0]!.content).toContain('Mina sidor: Fungerar → Ur funktion');

    const audit = await db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, 'update.publish') });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.username).toBe('redaktor');
    expect(audit[0]!.after).toMatchObject({ services: [{ serviceId: service.id, before: 'operational', after: 'down' }] });
  });

  it('works as a plain form post without JavaScript (redirect back with a confirmation)', async () => {
    const { browser, service } = await editorWithService();
    const page = await (await browser.get('/admin')).text();
    const version = /name="version" value="(\d+)"/.exec(page)![1]!;
    const response = await browser.post(`/admin/services/${service.id}/status`, { status: 'degraded', 'note.sv': 'Långsamt.', 'note.en': 'Slow.', version });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/admin?published=${service.id}#service-${service.id}`);
    const after = await browser.get(response.headers.get('location')!);
    expect(visibleText(await after.text())).toContain('Publicerat: Mina sidor har nu status Begränsad funktion.');
  });

  it('keeps the form filled in with a message next to the field when the note is missing', async () => {
    const { browser, service, app } = await editorWithService();
    const page = await (await browser.get('/admin')).text();
    const version = /name="version" value="(\d+)"/.exec(page)![1]!;
    const response = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', 'note.sv': '  ', version }, { headers: { 'HX-Request': 'true' } });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(visibleText(html)).toContain('Fältet måste fyllas i.');
    expect(html).toMatch(/<option value="down" selected="">/);
    expect(html).toContain('aria-invalid="true"');
    expect(visibleText(await (await app.request('/')).text())).toMatch(/Mina sidor\s+Fungerar/);
  });

  it('never overwrites a newer change: the second editor gets a conflict showing the newer state', async () => {
    const context = await editorWithService();
    const { password } = await makeUser(context, { username: 'kollega' });
    const colleague = new Browser(context.app, '192.0.2.50');
    await colleague.signIn('kollega', password);
    const first = await (await context.browser.get('/admin')).text();
    const second = await (await colleague.get('/admin')).text();
    const versionSeenByBoth = /name="version" value="(\d+)"/.exec(first)![1]!;
    expect(/name="version" value="(\d+)"/.exec(second)![1]).toBe(versionSeenByBoth);

    const won = await context.browser.post(`/admin/services/${context.service.id}/status`, { status: 'down', 'note.sv': 'Nere.', version: versionSeenByBoth }, { headers: { 'HX-Request': 'true' } });
    expect(won.status).toBe(200);
    const lost = await colleague.post(`/admin/services/${context.service.id}/status`, { status: 'degraded', 'note.sv': 'Långsam.', version: versionSeenByBoth }, { headers: { 'HX-Request': 'true' } });
    expect(lost.status).toBe(409);
    const text = visibleText(await lost.text());
    expect(text).toContain('Någon annan hann ändra detta');
    expect(text).toContain('Ur funktion');
    // The colleague's note is still in the form, not lost.
    expect(text).toContain('Långsam.');
    const updates = await context.db.query.updates.findMany();
    expect(updates).toHaveLength(1);
  });

  it('warns about incidents whose next update is overdue', async () => {
    const context = await editorWithService();
    await makeIncident(context.db, context.clock, {
      texts: { sv: { title: 'IT-angrepp' } },
      nextUpdateDueAt: new Date(context.clock.now().getTime() - 3_600_000),
    });
    const text = visibleText(await (await context.browser.get('/admin')).text());
    expect(text).toContain('Nästa uppdatering för ”IT-angrepp” skulle ha publicerats 11 februari 2026 kl. 13.00.');
  });
});
