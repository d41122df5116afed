/**
 * Public data changed → the next public request shows it, even with a long revision TTL,
 * because the cached revision is dropped when a write commits, not by each route. Every page
 * is requested once before the write so a stale cached revision would be served after it.
 */
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { createTestApp, LONG_REVISION_TTL_MS, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService } from '../helpers/factories';
import { parseFeed } from '../helpers/feeds';
import { createThroughConsole, editorWithServices, updateFormVersions } from '../admin/incidents-support';

async function editorWithService() {
  const context = await createTestApp({ revisionTtlMs: LONG_REVISION_TTL_MS });
  const group = await makeGroup(context.db, context.clock);
  const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
  const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const browser = new Browser(context.app);
  await browser.signIn('redaktor', password);
  return { ...context, service, browser };
}

describe('a write is public on the very next request, with a long revision TTL', () => {
  it('shows a status published from the dashboard on the overview and in the feed at once', async () => {
    const { app, browser, service } = await editorWithService();
    const overview = async () => visibleText(await (await app.request('/')).text());
    expect(await overview()).toMatch(/Mina sidor\s+Fungerar/);
    expect(parseFeed(await (await app.request('/feed.atom')).text()).items).toHaveLength(0);

    const version = /name="version" value="(\d+)"/.exec(await (await browser.get('/admin')).text())![1]!;
    const published = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', note: 'Inloggningen fungerar inte.', version });
    expect(published.status).toBe(303);

    expect(await overview()).toMatch(/Mina sidor\s+Ur funktion/);
    const feed = parseFeed(await (await app.request('/feed.atom')).text());
    expect(feed.items[0]!.content).toContain('Inloggningen fungerar inte.');
  });

  it('shows an incident created in the console, and then its next update, at once', async () => {
    const setup = await editorWithServices();
    const { app, browser, minaSidor } = setup;
    expect(visibleText(await (await app.request('/')).text())).not.toContain('IT-angrepp mot leverantör');

    const id = await createThroughConsole(setup, { serviceIds: [String(minaSidor.id)], 'update.sv': 'Vi utreder störningen.' });
    expect(visibleText(await (await app.request('/')).text())).toContain('IT-angrepp mot leverantör');
    const incidentPage = async () => visibleText(await (await app.request('/handelser/it-angrepp')).text());
    expect(await incidentPage()).toContain('Vi utreder störningen.');

    const posted = await browser.post(`/admin/incidents/${id}/updates`, {
      ...(await updateFormVersions(setup, id)),
      'update.sv': 'Leverantören har hittat orsaken.',
      'update.en': '',
      [`status.${minaSidor.id}`]: 'rebuilding',
      phase: 'identified',
      nextUpdateDate: '',
      nextUpdateTime: '',
    });
    expect(posted.status).toBe(303);
    expect(await incidentPage()).toContain('Leverantören har hittat orsaken.');
    expect(visibleText(await (await app.request('/')).text())).toMatch(/Mina sidor\s+Återuppbyggs/);
  });

  it('shows data written with the store on the app’s database handle at once (CLI, seed, fixtures)', async () => {
    const { app, db, clock } = await createTestApp();
    const overview = async () => visibleText(await (await app.request('/')).text());
    expect(await overview()).not.toContain('Bygglov');
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, slug: 'bygglov', sv: { name: 'Bygglov' } });
    expect(await overview()).toContain('Bygglov');
  });

  it('shows another instance’s write only once the TTL has passed on the app’s clock', async () => {
    const { app, db, clock } = await createTestApp({ revisionTtlMs: LONG_REVISION_TTL_MS });
    // Another handle on the same database has its own commit listeners, like another server.
    const otherInstance = createDatabase(db.$client);
    const overview = async () => visibleText(await (await app.request('/')).text());
    expect(await overview()).not.toContain('Bygglov');
    const group = await makeGroup(otherInstance, clock);
    await makeService(otherInstance, clock, { groupId: group, slug: 'bygglov', sv: { name: 'Bygglov' } });

    expect(await overview()).not.toContain('Bygglov');
    clock.advance(LONG_REVISION_TTL_MS + 1);
    expect(await overview()).toContain('Bygglov');
  });
});
