/** Service groups in the admin console: create, rename per language, reorder, delete only when empty. */
import { describe, expect, it } from 'vitest';
import { serviceGroups, serviceGroupTexts } from '../../src/db/schema';
import { createServiceGroup } from '../../src/store/groups';
import { retireService } from '../../src/store/services';
import { visibleText } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';
import { auditEntries, colleague, fieldError, HTMX, inputValue, signedIn, versionIn } from './catalog-helpers';

function versionOfRow(html: string, action: string): string {
  return new RegExp(`action="${action}"[\\s\\S]*?name="version" value="(\\d+)"`).exec(html)![1]!;
}

describe('creating a group', () => {
  it('refuses a bad or taken address and a missing Swedish name with 422, keeping what was typed', async () => {
    const { browser, db, clock } = await signedIn();
    await createServiceGroup(db, clock, { slug: 'skola', names: { sv: 'Skola' } });
    const bad = await browser.post('/admin/services/groups', { slug: 'Skola & förskola', 'names.sv': '', 'names.en': 'Schools' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(fieldError(html, 'f-slug')).toContain('Använd små bokstäver');
    expect(fieldError(html, 'f-names-sv')).toBe('Fältet måste fyllas i.');
    expect(inputValue(html, 'f-names-en')).toBe('Schools');
    expect(inputValue(html, 'f-slug')).toBe('Skola &amp; förskola');

    const taken = await browser.post('/admin/services/groups', { slug: 'skola', 'names.sv': 'Skola', 'names.en': '' });
    expect(taken.status).toBe(422);
    expect(fieldError(await taken.text(), 'f-slug')).toBe('Adressen används redan.');
  });

  it('creates it last, with an optional English name, and audits it', async () => {
    const { browser, db, clock } = await signedIn();
    const existing = await makeGroup(db, clock);
    const response = await browser.post('/admin/services/groups', { slug: 'vatten', 'names.sv': 'Vatten och avlopp', 'names.en': '' });
    expect(response.status).toBe(303);
    expect(visibleText(await (await browser.get(response.headers.get('location')!)).text())).toContain('Gruppen ”Vatten och avlopp” är skapad.');
    const groups = await db.select().from(serviceGroups).all();
    const created = groups.find((group) => group.id !== existing)!;
    expect(created.position).toBeGreaterThan(groups.find((group) => group.id === existing)!.position);
    expect((await db.select().from(serviceGroupTexts).all()).filter((row) => row.groupId === created.id).map((row) => row.locale)).toEqual(['sv']);
    const [entry] = await auditEntries(db, 'group.create');
    expect(entry).toBeDefined();
  });
});

describe('renaming a group', () => {
  it('renames per language, dates only the changed language and marks the English name as older', async () => {
    const { browser, db, clock, app } = await signedIn();
    const group = await makeGroup(db, clock, { sv: 'E-tjänster', en: 'E-services' });
    await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });
    clock.advance(60_000);
    const page = await (await browser.get(`/admin/services/groups/${group}/edit`)).text();
    const response = await browser.post(`/admin/services/groups/${group}`, { version: versionIn(page), 'names.sv': 'Digitala tjänster', 'names.en': 'E-services' });
    expect(response.status).toBe(303);
    expect(visibleText(await (await app.request('/')).text())).toContain('Digitala tjänster');
    const texts = await db.select().from(serviceGroupTexts).all();
    expect(texts.find((row) => row.locale === 'en')!.updatedAt.getTime()).toBe(clock.now().getTime() - 60_000);
    expect(visibleText(await (await browser.get(`/admin/services/groups/${group}/edit`)).text())).toContain('Äldre än den svenska texten');
    const [entry] = await auditEntries(db, 'group.update');
    expect(entry!.before).toMatchObject({ names: { sv: 'E-tjänster', en: 'E-services' } });
    expect(entry!.after).toMatchObject({ names: { sv: 'Digitala tjänster', en: 'E-services' } });
  });

  it('answers a stale rename with 409, the newer names and the draft kept', async () => {
    const context = await signedIn();
    const { browser, db, clock } = context;
    const group = await makeGroup(db, clock, { sv: 'Skola', en: 'School' });
    const other = await colleague(context);
    const mine = versionIn(await (await browser.get(`/admin/services/groups/${group}/edit`)).text());
    const theirs = versionIn(await (await other.get(`/admin/services/groups/${group}/edit`)).text());
    await other.post(`/admin/services/groups/${group}`, { version: theirs, 'names.sv': 'Skola och förskola', 'names.en': 'School' });
    const lost = await browser.post(`/admin/services/groups/${group}`, { version: mine, 'names.sv': 'Utbildning', 'names.en': 'School' });
    expect(lost.status).toBe(409);
    const html = await lost.text();
    expect(visibleText(html)).toContain('Skola och förskola');
    expect(inputValue(html, 'f-names-sv')).toBe('Utbildning');
  });
});

describe('ordering groups', () => {
  it('moves a group with htmx and the overview follows', async () => {
    const { browser, db, clock, app } = await signedIn();
    const first = await makeGroup(db, clock, { sv: 'Första', en: 'First' });
    const second = await makeGroup(db, clock, { sv: 'Andra', en: 'Second' });
    await makeService(db, clock, { groupId: first });
    await makeService(db, clock, { groupId: second });
    const order = async () => visibleText(await (await app.request('/')).text()).match(/Första|Andra/g)!.join(',');
    expect(await order()).toBe('Första,Andra');
    const list = await (await browser.get('/admin/services/groups')).text();
    const response = await browser.post(`/admin/services/groups/${second}/move`, { direction: 'up', version: versionOfRow(list, `/admin/services/groups/${second}/move`) }, HTMX);
    expect(response.status).toBe(200);
    const fragment = await response.text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('id="group-list"');
    expect(await order()).toBe('Andra,Första');
    expect(await auditEntries(db, 'group.move')).toHaveLength(1);
  });
});

describe('deleting a group', () => {
  it('is refused with a clear message while the group has services, retired ones included', async () => {
    const { browser, db, clock } = await signedIn();
    const group = await makeGroup(db, clock, { sv: 'Gamla tjänster', en: 'Old services' });
    const service = await makeService(db, clock, { groupId: group });
    await retireService(db, clock, service.id, { retired: true, expectedVersion: 1 });
    const list = await (await browser.get('/admin/services/groups')).text();
    const response = await browser.post(`/admin/services/groups/${group}/delete`, { version: versionOfRow(list, `/admin/services/groups/${group}/delete`) });
    expect(response.status).toBe(409);
    const text = visibleText(await response.text());
    expect(text).toContain('Gruppen ”Gamla tjänster” kan inte tas bort eftersom den har 1 tjänst (tjänster som tagits ur bruk räknas också). Flytta dem till en annan grupp först.');
    expect(await db.select().from(serviceGroups).all()).toHaveLength(1);
    expect(await auditEntries(db, 'group.delete')).toHaveLength(0);
  });

  it('deletes an empty group and audits what it was', async () => {
    const { browser, db, clock } = await signedIn();
    const group = await makeGroup(db, clock, { sv: 'Tom', en: 'Empty' });
    const list = await (await browser.get('/admin/services/groups')).text();
    const response = await browser.post(`/admin/services/groups/${group}/delete`, { version: versionOfRow(list, `/admin/services/groups/${group}/delete`) });
    expect(response.status).toBe(303);
    expect(visibleText(await (await browser.get(response.headers.get('location')!)).text())).toContain('Gruppen är borttagen.');
    expect(await db.select().from(serviceGroups).all()).toHaveLength(0);
    expect(await db.select().from(serviceGroupTexts).all()).toHaveLength(0);
    const [entry] = await auditEntries(db, 'group.delete');
    expect(entry!.before).toMatchObject({ names: { sv: 'Tom', en: 'Empty' } });
  });
});
