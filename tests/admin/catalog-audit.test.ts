/**
 * Every kind of catalog change leaves an audit entry with who, what and the values before
 * and after; and every change is on the public pages at once, even with a long revision TTL.
 */
import { describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { auditLog, contactChannels, serviceGroups, services } from '../../src/db/schema';
import { visibleText } from '../helpers/app';
import { signedIn, versionIn } from './catalog-helpers';

const serviceTexts = (name: string) => ({
  'texts.sv.name': name,
  'texts.sv.description': '',
  'texts.sv.workaround': '',
  'texts.sv.restorationNote': '',
  'texts.en.name': '',
  'texts.en.description': '',
  'texts.en.workaround': '',
  'texts.en.restorationNote': '',
});

const channel = (name: string, version?: string) => ({
  ...(version ? { version } : {}),
  kind: 'phone',
  address: '0123-100 00',
  openingHoursMode: 'always',
  position: '',
  'texts.sv.name': name,
  'texts.sv.note': '',
  'texts.en.name': '',
  'texts.en.note': '',
  slots: '1',
  overrideRows: '0',
  intent: 'save',
});

function versionAfter(html: string, action: string): string {
  return new RegExp(`action="${action}"[\\s\\S]*?name="version" value="(\\d+)"`).exec(html)![1]!;
}

describe('the catalog and the audit log', () => {
  it('records every kind of change with before and after, and the public pages show each at once', async () => {
    // A long revision TTL: only invalidation on commit can make the changes visible at once.
    const { browser, db, app } = await signedIn({ role: 'admin', revisionTtlMs: 3_600_000 });
    const overview = async () => visibleText(await (await app.request('/')).text());
    await overview();

    // Groups
    expect((await browser.post('/admin/services/groups', { slug: 'ett', 'names.sv': 'Grupp ett', 'names.en': '' })).status).toBe(303);
    expect((await browser.post('/admin/services/groups', { slug: 'tva', 'names.sv': 'Grupp två', 'names.en': '' })).status).toBe(303);
    const [one, two] = await db.select().from(serviceGroups).orderBy(asc(serviceGroups.id)).all();

    // Services
    for (const name of ['Alfa', 'Beta']) {
      const slug = name.toLowerCase();
      expect((await browser.post('/admin/services', { slug, groupId: String(one!.id), position: '', expectedDate: '', expectedTime: '', ...serviceTexts(name) })).status).toBe(303);
    }
    expect(await overview()).toContain('Beta');
    const [alfa, beta] = await db.select().from(services).orderBy(asc(services.id)).all();
    const edit = async (id: number) => versionIn(await (await browser.get(`/admin/services/${id}/edit`)).text());
    expect((await browser.post(`/admin/services/${alfa!.id}`, { version: await edit(alfa!.id), groupId: String(one!.id), position: '', expectedDate: '', expectedTime: '', ...serviceTexts('Alfa 2') })).status).toBe(303);
    expect(await overview()).toContain('Alfa 2');
    const list = await (await browser.get('/admin/services')).text();
    expect((await browser.post(`/admin/services/${beta!.id}/move`, { direction: 'up', version: versionAfter(list, `/admin/services/${beta!.id}/move`) })).status).toBe(303);
    expect((await overview()).match(/Alfa 2|Beta/g)!.join(',')).toBe('Beta,Alfa 2');
    expect((await browser.post(`/admin/services/${beta!.id}/retire`, { retired: '1', version: await edit(beta!.id) })).status).toBe(303);
    expect(await overview()).not.toContain('Beta');
    expect((await browser.post(`/admin/services/${beta!.id}/retire`, { retired: '0', version: await edit(beta!.id) })).status).toBe(303);
    expect(await overview()).toContain('Beta');

    const groups = await (await browser.get('/admin/services/groups')).text();
    expect((await browser.post(`/admin/services/groups/${one!.id}`, { version: versionIn(await (await browser.get(`/admin/services/groups/${one!.id}/edit`)).text()), 'names.sv': 'Grupp ETT', 'names.en': '' })).status).toBe(303);
    expect(await overview()).toContain('Grupp ETT');
    expect((await browser.post(`/admin/services/groups/${two!.id}/move`, { direction: 'up', version: versionAfter(groups, `/admin/services/groups/${two!.id}/move`) })).status).toBe(303);
    const groupsNow = await (await browser.get('/admin/services/groups')).text();
    expect((await browser.post(`/admin/services/groups/${two!.id}/delete`, { version: versionAfter(groupsNow, `/admin/services/groups/${two!.id}/delete`) })).status).toBe(303);

    // Contact channels
    expect((await browser.post('/admin/contacts', channel('Växeln'))).status).toBe(303);
    expect(await overview()).toContain('Växeln');
    const channelId = (await db.select().from(contactChannels).all())[0]!.id;
    const channelVersion = versionIn(await (await browser.get(`/admin/contacts/${channelId}/edit`)).text());
    expect((await browser.post(`/admin/contacts/${channelId}`, channel('Växeln dygnet runt', channelVersion))).status).toBe(303);
    expect(await overview()).toContain('Växeln dygnet runt');
    const deleteVersion = versionIn(await (await browser.get(`/admin/contacts/${channelId}/delete`)).text());
    expect((await browser.post(`/admin/contacts/${channelId}/delete`, { version: deleteVersion })).status).toBe(303);
    expect(await overview()).not.toContain('Växeln');

    // Settings
    const settings = await (await browser.get('/admin/settings')).text();
    expect(
      (
        await browser.post('/admin/settings', {
          version: versionIn(settings),
          'texts.sv.organisationName': 'Testby kommun',
          'texts.sv.siteTitle': 'Ny rubrik',
          'texts.sv.notice': '',
          'texts.en.organisationName': '',
          'texts.en.siteTitle': '',
          'texts.en.notice': '',
          'offer.en': '1',
          publicUrl: 'https://status.example.org',
          timeZone: 'Europe/Stockholm',
          accessibilityReviewedOn: '',
        })
      ).status,
    ).toBe(303);
    expect(await overview()).toContain('Ny rubrik');

    const entries = await db.select().from(auditLog).orderBy(asc(auditLog.id)).all();
    const catalog = entries.filter((entry) => entry.username !== 'system' && /^(service|group|channel|site)\./.test(entry.action));
    const expectations: Record<string, 'after' | 'before' | 'both'> = {
      'group.create': 'after',
      'service.create': 'after',
      'service.update': 'both',
      'service.move': 'both',
      'service.retire': 'both',
      'service.unretire': 'both',
      'group.update': 'both',
      'group.move': 'both',
      'group.delete': 'before',
      'channel.create': 'after',
      'channel.update': 'both',
      'channel.delete': 'before',
      'site.update': 'both',
    };
    expect(new Set(catalog.map((entry) => entry.action))).toEqual(new Set(Object.keys(expectations)));
    for (const entry of catalog) {
      expect(entry.username, entry.action).toBe('admin');
      expect(entry.userId, entry.action).not.toBeNull();
      expect(entry.ip, entry.action).toBe('192.0.2.1');
      expect(entry.targetType, entry.action).toBe(entry.action.split('.')[0]);
      expect(entry.targetId, entry.action).not.toBeNull();
      const kind = expectations[entry.action]!;
      if (kind !== 'after') expect(entry.before, `${entry.action} before`).not.toBeNull();
      if (kind !== 'before') expect(entry.after, `${entry.action} after`).not.toBeNull();
    }
    const update = catalog.find((entry) => entry.action === 'service.update')!;
    expect(update.before).toMatchObject({ texts: { sv: { name: 'Alfa' } } });
    expect(update.after).toMatchObject({ texts: { sv: { name: 'Alfa 2' } } });
    const site = catalog.find((entry) => entry.action === 'site.update')!;
    expect(site.before).toMatchObject({ texts: { sv: { siteTitle: 'Driftstatus Testby' }, en: { siteTitle: 'Testby service status' } } });
    expect(site.after).toMatchObject({ texts: { sv: { siteTitle: 'Ny rubrik' } } });
    expect((site.after as { texts: Record<string, unknown> }).texts.en).toBeUndefined();
  });
});
