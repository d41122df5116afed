/** Site settings: admins only, validated, versioned, audited, and visible on the public pages at once. */
import { describe, expect, it } from 'vitest';
import { siteSettings, siteTexts } from '../../src/db/schema';
import { visibleText } from '../helpers/app';
import { auditEntries, colleague, fieldError, inputValue, signedIn, textareaValue, versionIn } from './catalog-helpers';

function settingsForm(version: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    version,
    'texts.sv.organisationName': 'Exempelviks kommun',
    'texts.sv.siteTitle': 'Driftstatus Exempelvik',
    'texts.sv.notice': 'Mer information finns på kommunens Facebooksida.',
    'texts.en.organisationName': 'Exempelvik Municipality',
    'texts.en.siteTitle': 'Exempelvik service status',
    'texts.en.notice': 'More information on the municipality’s Facebook page.',
    'offer.en': '1',
    publicUrl: 'https://status.exempelvik.se/',
    timeZone: 'Europe/Stockholm',
    accessibilityReviewedOn: '2026-02-01',
    ...overrides,
  };
}

describe('site settings', () => {
  it('are saved by an admin, shown on the public pages at once, and audited with before and after', async () => {
    const { browser, db, app } = await signedIn({ role: 'admin' });
    const page = await browser.get('/admin/settings');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(inputValue(html, 'f-texts-sv-organisationName')).toBe('Testby kommun');
    const response = await browser.post('/admin/settings', settingsForm(versionIn(html)));
    expect(response.status).toBe(303);
    expect(visibleText(await (await browser.get(response.headers.get('location')!)).text())).toContain('Inställningarna är sparade.');

    const overview = visibleText(await (await app.request('/')).text());
    expect(overview).toContain('Driftstatus Exempelvik');
    expect(overview).toContain('Mer information finns på kommunens Facebooksida.');
    expect(visibleText(await (await app.request('/en/')).text())).toContain('Exempelvik service status');
    expect(visibleText(await (await app.request('/tillganglighet')).text())).toContain('1 februari 2026');
    expect(await (await app.request('/feed.atom')).text()).toContain('Driftstatus Exempelvik');

    const settings = (await db.select().from(siteSettings).all())[0]!;
    expect(settings.publicUrl).toBe('https://status.exempelvik.se');
    expect(settings.version).toBe(Number(versionIn(html)) + 1);
    const [entry] = await auditEntries(db, 'site.update');
    expect(entry!.username).toBe('admin');
    expect(entry!.before).toMatchObject({ texts: { sv: { siteTitle: 'Driftstatus Testby' } }, accessibilityReviewedOn: null });
    expect(entry!.after).toMatchObject({ texts: { sv: { siteTitle: 'Driftstatus Exempelvik' } }, accessibilityReviewedOn: '2026-02-01' });
  });

  it('offer English only when ticked (Swedish always)', async () => {
    const { browser, db } = await signedIn({ role: 'admin' });
    const version = versionIn(await (await browser.get('/admin/settings')).text());
    const form = settingsForm(version);
    delete form['offer.en'];
    expect((await browser.post('/admin/settings', form)).status).toBe(303);
    expect((await db.select().from(siteSettings).all())[0]!.offeredLocales).toEqual(['sv']);
  });

  it('are for admins only: an editor gets 403 and no link', async () => {
    const { browser, db } = await signedIn({ role: 'editor' });
    const page = await browser.get('/admin/settings');
    expect(page.status).toBe(403);
    const post = await browser.post('/admin/settings', settingsForm('1'));
    expect(post.status).toBe(403);
    expect((await db.select().from(siteTexts).all()).find((row) => row.locale === 'sv')!.siteTitle).toBe('Driftstatus Testby');
    expect(await (await browser.get('/admin/services')).text()).not.toContain('href="/admin/settings"');
  });

  it('refuse bad input with 422 and messages next to the fields, keeping the values', async () => {
    const { browser } = await signedIn({ role: 'admin' });
    const version = versionIn(await (await browser.get('/admin/settings')).text());
    const response = await browser.post(
      '/admin/settings',
      settingsForm(version, {
        'texts.sv.organisationName': '',
        'texts.en.siteTitle': '',
        publicUrl: 'status.exempelvik.se',
        timeZone: 'Europe/Exempelvik',
        accessibilityReviewedOn: '1 februari',
      }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldError(html, 'f-texts-sv-organisationName')).toBe('Fältet måste fyllas i.');
    expect(fieldError(html, 'f-texts-en-siteTitle')).toBe('Fältet måste fyllas i.');
    expect(fieldError(html, 'f-publicUrl')).toBe('Adressen måste börja med http:// eller https://.');
    expect(fieldError(html, 'f-timeZone')).toBe('Okänd tidszon.');
    expect(fieldError(html, 'f-accessibilityReviewedOn')).toBe('Skriv datum som ÅÅÅÅ-MM-DD.');
    expect(inputValue(html, 'f-timeZone')).toBe('Europe/Exempelvik');
    expect(textareaValue(html, 'f-texts-sv-notice')).toBe('Mer information finns på kommunens Facebooksida.');
  });

  it('never overwrite a newer save: 409 with the newer state and the draft kept', async () => {
    const context = await signedIn({ role: 'admin' });
    const other = await colleague(context, 'admin');
    const mine = versionIn(await (await context.browser.get('/admin/settings')).text());
    const theirs = versionIn(await (await other.get('/admin/settings')).text());
    expect((await other.post('/admin/settings', settingsForm(theirs, { 'texts.sv.siteTitle': 'Kollegans rubrik' }))).status).toBe(303);
    const lost = await context.browser.post('/admin/settings', settingsForm(mine, { 'texts.sv.siteTitle': 'Min rubrik' }));
    expect(lost.status).toBe(409);
    const html = await lost.text();
    expect(visibleText(html)).toContain('Senast ändrat av kollega');
    expect(visibleText(html)).toContain('Kollegans rubrik');
    expect(inputValue(html, 'f-texts-sv-siteTitle')).toBe('Min rubrik');
    expect((await context.db.select().from(siteTexts).all()).find((row) => row.locale === 'sv')!.siteTitle).toBe('Kollegans rubrik');
  });

  it('mark the English texts as older after a Swedish-only change, in the form and on the English page', async () => {
    const { browser, clock, app } = await signedIn({ role: 'admin' });
    const version = versionIn(await (await browser.get('/admin/settings')).text());
    await browser.post('/admin/settings', settingsForm(version));
    clock.advance(3_600_000);
    const next = versionIn(await (await browser.get('/admin/settings')).text());
    await browser.post('/admin/settings', settingsForm(next, { 'texts.sv.notice': 'Ring kontaktcenter.' }));
    expect(visibleText(await (await browser.get('/admin/settings')).text())).toContain('Äldre än den svenska texten');
    expect(visibleText(await (await app.request('/en/')).text())).toContain('This translation is older than the Swedish text');
  });
});
