/**
 * The one mapper from store errors to what a form shows (src/routes/admin/forms/store-errors.ts):
 * the real store refusing real writes, and the console's answers that go through it.
 */
import { describe, expect, it } from 'vitest';
import { adminMessagesFor } from '../../src/i18n/admin';
import { sameField, storeRefusal } from '../../src/routes/admin/forms/store-errors';
import { createServiceGroup, deleteServiceGroup, updateServiceGroup } from '../../src/store/groups';
import { renamePasskey } from '../../src/store/passkeys';
import { createTestApp, visibleText } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';
import { colleague, fieldError, HTMX, inputValue, signedIn, versionIn } from './catalog-helpers';

const t = adminMessagesFor('sv');

async function refusalOf(write: () => Promise<unknown>, fallback = 'slug') {
  const error = await write().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'the store was expected to refuse').not.toBeNull();
  return storeRefusal(error, t, sameField(fallback));
}

describe('mapping store refusals', () => {
  it('an edit against a version someone else changed is a conflict (409)', async () => {
    const { db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    expect(await refusalOf(() => updateServiceGroup(db, clock, group, { names: { sv: 'Nytt' }, expectedVersion: 99 }))).toEqual({
      kind: 'conflict',
      status: 409,
      currentVersion: 1,
      refused: null,
    });
  });

  it('a record that is gone is 404, whether the store says so with NotFoundError or with the not-found code', async () => {
    const { db, clock } = await createTestApp();
    expect(await refusalOf(() => updateServiceGroup(db, clock, 999, { names: { sv: 'Nytt' }, expectedVersion: 1 }))).toEqual({ kind: 'not-found', status: 404 });
    expect(await refusalOf(() => renamePasskey(db, clock.now(), 1, 'no-such-passkey', 'Nyckel', { userId: 1, username: 'x', ip: null }))).toEqual({
      kind: 'not-found',
      status: 404,
    });
  });

  it('a value the database already holds is a message next to its field (422), in the admin’s language', async () => {
    const { db, clock } = await createTestApp();
    await createServiceGroup(db, clock, { slug: 'skola', names: { sv: 'Skola' } });
    expect(await refusalOf(() => createServiceGroup(db, clock, { slug: 'skola', names: { sv: 'Skola igen' } }))).toEqual({
      kind: 'invalid',
      status: 422,
      errors: { slug: 'Adressen används redan.' },
    });
    const english = storeRefusal(
      await createServiceGroup(db, clock, { slug: 'skola', names: { sv: 'Skola' } }).catch((error: unknown) => error),
      adminMessagesFor('en'),
      () => 'the-form-field',
    );
    expect(english).toEqual({ kind: 'invalid', status: 422, errors: { 'the-form-field': 'This address is already in use.' } });
  });

  it('a write the data forbids as it is now is a conflict that says why', async () => {
    const { db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group });
    await makeService(db, clock, { groupId: group });
    expect(await refusalOf(() => deleteServiceGroup(db, clock, group, { expectedVersion: 1 }))).toEqual({
      kind: 'conflict',
      status: 409,
      currentVersion: null,
      refused: { reason: 'group-not-empty', count: 2 },
    });
  });

  it('anything else is not a refusal: it is thrown on (and becomes a 500 with a request id)', () => {
    const broken = new TypeError('a bug');
    expect(() => storeRefusal(broken, t, sameField('slug'))).toThrow(broken);
  });
});

describe('the console’s answers to store refusals', () => {
  it('conflict → 409 with the newer state and the draft kept; uniqueness → 422 next to the field; gone → 404', async () => {
    const context = await signedIn();
    const { browser, db, clock } = context;
    const group = await makeGroup(db, clock, { sv: 'Skola', en: 'School' });
    const other = await colleague(context);
    const mine = versionIn(await (await browser.get(`/admin/services/groups/${group}/edit`)).text());
    expect((await other.post(`/admin/services/groups/${group}`, { version: mine, 'names.sv': 'Kollegans namn', 'names.en': '' })).status).toBe(303);

    const lost = await browser.post(`/admin/services/groups/${group}`, { version: mine, 'names.sv': 'Mitt namn', 'names.en': 'My name' });
    expect(lost.status).toBe(409);
    const html = await lost.text();
    expect(visibleText(html)).toContain('Någon annan hann ändra detta');
    expect(visibleText(html)).toContain('Kollegans namn');
    expect(inputValue(html, 'f-names-sv')).toBe('Mitt namn');
    expect(inputValue(html, 'f-names-en')).toBe('My name');

    await browser.post('/admin/services/groups', { slug: 'vatten', 'names.sv': 'Vatten' });
    const taken = await browser.post('/admin/services/groups', { slug: 'vatten', 'names.sv': 'Vatten igen' });
    expect(taken.status).toBe(422);
    const takenHtml = await taken.text();
    expect(fieldError(takenHtml, 'f-slug')).toBe('Adressen används redan.');
    expect(inputValue(takenHtml, 'f-names-sv')).toBe('Vatten igen');

    // A group that holds services: refused as a conflict that says why, with htmx and without.
    await makeService(db, clock, { groupId: group });
    const version = versionIn(await (await browser.get(`/admin/services/groups/${group}/edit`)).text());
    for (const headers of [{}, HTMX]) {
      const refused = await browser.post(`/admin/services/groups/${group}/delete`, { version }, headers);
      expect(refused.status).toBe(409);
      expect(visibleText(await refused.text())).toContain(t.catalog.groupNotEmpty('Kollegans namn', 1));
    }

    const gone = await browser.post('/admin/account/passkeys/no-such-passkey/rename', { name: 'Nyckel' });
    expect(gone.status).toBe(404);
    expect(visibleText(await gone.text())).toContain(t.accountSecurity.passkeyGone);
  });
});
