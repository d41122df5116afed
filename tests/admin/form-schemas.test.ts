/**
 * One schema per console form (docs/decisions/0028-one-form-layer.md): each turns the body a
 * browser posts into store input, or into messages named by the field they belong next to.
 * These run the schemas alone, with the Swedish admin words, on the bodies a browser sends.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import { adminMessagesFor } from '../../src/i18n/admin';
import { passwordSchema, profileSchema } from '../../src/routes/admin/account/form';
import { channelSchema } from '../../src/routes/admin/catalog/contacts-form';
import { groupSchema } from '../../src/routes/admin/catalog/groups-form';
import { serviceSchema } from '../../src/routes/admin/catalog/services-form';
import { settingsSchema } from '../../src/routes/admin/catalog/settings-form';
import { statusChangeSchema } from '../../src/routes/admin/dashboard';
import { nestFields, parseFormBody, type FormKit } from '../../src/routes/admin/forms/parse';
import { correctionSchema, newIncidentSchema, resolveSchema, updateSchema } from '../../src/routes/admin/incidents/form';
import { newUserSchema, setupSchema } from '../../src/routes/admin/people/form';
import type { z } from 'zod';

const t = adminMessagesFor('sv');
const SV_EN = [
  { locale: 'sv', required: true },
  { locale: 'en', required: false },
];
const THREE = [...SV_EN, { locale: 'fi', required: false }];

type Body = Record<string, string | string[]>;

function parse<T>(body: Body, build: (kit: FormKit) => z.ZodType<T>, cleaned?: Set<string>) {
  return parseFormBody(t, body, build, cleaned);
}

function errorsOf<T>(body: Body, build: (kit: FormKit) => z.ZodType<T>) {
  const result = parse(body, build);
  expect(result.ok, JSON.stringify(result.errors)).toBe(false);
  return result.errors;
}

function valueOf<T>(body: Body, build: (kit: FormKit) => z.ZodType<T>): T {
  const result = parse(body, build);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('reading a posted body', () => {
  it('nests fields by the dots in their names and ignores names that would reach a prototype', () => {
    const body = nestFields({ 'texts.sv.name': 'Namn', 'texts.en.name': 'Name', '__proto__.polluted': 'x', 'a.constructor.b': 'y', 'x..y': 'z' });
    expect(JSON.parse(JSON.stringify(body))).toEqual({ texts: { sv: { name: 'Namn' }, en: { name: 'Name' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A value and a group under one name: the first sent wins, nothing is thrown.
    expect(JSON.parse(JSON.stringify(nestFields({ texts: 'plain', 'texts.sv.name': 'Namn' })))).toEqual({ texts: 'plain' });
  });

  it('cleans text once and names the fields that lost characters, only when the form is accepted', () => {
    const cleaned = new Set<string>();
    const value = valueOf(
      { slug: 'ny', groupId: '1', 'texts.sv.name': 'Namn\u0000', 'texts.sv.description': 'Rad ett\r\nRad två\u001b', 'texts.en.name': '' },
      (kit) => serviceSchema(kit, { languages: SV_EN, groupIds: [1], timeZone: 'Europe/Stockholm', creating: true }),
    );
    expect(value.texts.sv).toMatchObject({ name: 'Namn', description: 'Rad ett\nRad två' });
    const accepted = parse(
      { slug: 'ny', groupId: '1', 'texts.sv.name': 'Namn\u0000', 'texts.sv.description': 'Rad ett\r\nRad två\u001b' },
      (kit) => serviceSchema(kit, { languages: SV_EN, groupIds: [1], timeZone: 'Europe/Stockholm', creating: true }),
      cleaned,
    );
    expect(accepted.ok).toBe(true);
    expect([...cleaned].sort()).toEqual(['texts.sv.description', 'texts.sv.name']);
    const refused = new Set<string>();
    parse({ slug: 'Fel', groupId: '1', 'texts.sv.name': 'Namn\u0000' }, (kit) => serviceSchema(kit, { languages: SV_EN, groupIds: [1], timeZone: 'Europe/Stockholm', creating: true }), refused);
    expect([...refused]).toEqual([]);
  });

  it('reads a single field sent twice as not sent (which value was meant cannot be told)', () => {
    expect(errorsOf({ status: ['down', 'operational'], 'note.sv': 'Nere.', version: '1' }, statusChangeSchema)).toEqual({ status: 'Välj ett av alternativen.' });
  });
});

describe('the service form', () => {
  const settings = { languages: SV_EN, groupIds: [4, 5], timeZone: 'Europe/Stockholm', creating: true };

  it('names every field that is missing, malformed or too long', () => {
    const errors = errorsOf(
      {
        slug: 'Inte En Adress',
        groupId: '9',
        position: 'först',
        'texts.sv.name': ' ',
        'texts.sv.description': 'x'.repeat(LIMITS.longText + 1),
        'texts.en.workaround': 'Only English.',
        expectedDate: '2026-03-01',
        expectedTime: '',
      },
      (kit) => serviceSchema(kit, settings),
    );
    expect(errors).toEqual({
      slug: expect.stringContaining('Använd små bokstäver'),
      groupId: 'Välj ett av alternativen.',
      position: expect.stringContaining('Skriv ett heltal'),
      'texts.sv.name': 'Fältet måste fyllas i.',
      'texts.sv.description': `Högst ${LIMITS.longText} tecken.`,
      // English was written in, so its name is required too.
      'texts.en.name': 'Fältet måste fyllas i.',
      expectedTime: expect.stringContaining('Fyll i både datum och klockslag'),
    });
  });

  it('gives store input: an optional language left empty is null, the time an instant in the site zone', () => {
    const value = valueOf(
      { slug: 'bygglov', groupId: '5', position: '', 'texts.sv.name': ' Bygglov ', 'texts.en.name': '', 'texts.fi.name': 'Rakennuslupa', expectedDate: '2026-07-01', expectedTime: '10.00' },
      (kit) => serviceSchema(kit, { ...settings, languages: THREE }),
    );
    expect(value).toMatchObject({ slug: 'bygglov', groupId: 5, position: null, expectedRestorationAt: new Date('2026-07-01T08:00:00Z') });
    expect(value.texts).toEqual({ sv: { name: 'Bygglov', description: '', workaround: '', restorationNote: '' }, en: null, fi: { name: 'Rakennuslupa', description: '', workaround: '', restorationNote: '' } });
  });

  it('refuses a time skipped by the spring clock change', () => {
    expect(errorsOf({ slug: 'a', groupId: '4', 'texts.sv.name': 'A', expectedDate: '2026-03-29', expectedTime: '02:30' }, (kit) => serviceSchema(kit, settings))).toEqual({
      expectedTime: expect.stringContaining('Den tiden finns inte den dagen'),
    });
  });
});

describe('the group form', () => {
  it('requires the default language’s name, limits every name, and gives null for a language left empty', () => {
    expect(errorsOf({ slug: '', 'names.sv': '', 'names.fi': 'x'.repeat(LIMITS.name + 1) }, (kit) => groupSchema(kit, { languages: THREE, creating: true }))).toEqual({
      slug: 'Fältet måste fyllas i.',
      'names.sv': 'Fältet måste fyllas i.',
      'names.fi': `Högst ${LIMITS.name} tecken.`,
    });
    expect(valueOf({ version: '3', 'names.sv': 'Skola', 'names.en': ' ', 'names.fi': 'Koulu' }, (kit) => groupSchema(kit, { languages: THREE, creating: false }))).toMatchObject({
      version: 3,
      names: { sv: 'Skola', en: null, fi: 'Koulu' },
    });
  });
});

describe('the contact-channel form', () => {
  it('names the kind, the address, each incomplete period and each override row at fault', () => {
    const errors = errorsOf(
      {
        kind: 'fax',
        openingHoursMode: 'scheduled',
        address: '',
        'texts.sv.name': 'Växeln',
        slots: '2',
        'hours.2.0.opens': '08:00',
        'hours.2.1.opens': '13:00',
        'hours.2.1.closes': '16:00',
        overrideRows: '2',
        'overrides.0.from': '2026-12-24',
        'overrides.1.from': '2026-12-31',
        'overrides.1.through': '2026-12-30',
        'overrides.1.closed': '1',
      },
      (kit) => channelSchema(kit, SV_EN),
    );
    expect(errors).toEqual({
      kind: 'Välj ett av alternativen.',
      address: 'Fältet måste fyllas i.',
      'hours.2.0': expect.stringContaining('Fyll i både öppnar och stänger'),
      'overrides.0.dates': expect.stringContaining('Fyll i båda datumen'),
      'overrides.0.hours': expect.stringContaining('kryssa i Stängt'),
      'overrides.1.dates': 'Sista dagen kan inte vara före den första.',
    });
  });

  it('gives the weekly periods and overrides as store input', () => {
    const value = valueOf(
      { kind: 'phone', openingHoursMode: 'scheduled', address: '0123-45 67 00', 'texts.sv.name': 'Växeln', slots: '1', 'hours.1.0.opens': '8.00', 'hours.1.0.closes': '1600', overrideRows: '1', 'overrides.0.from': '2026-12-24', 'overrides.0.through': '2026-12-26', 'overrides.0.closed': '1' },
      (kit) => channelSchema(kit, SV_EN),
    );
    expect(value.weekly).toEqual([{ dayOfWeek: 1, opens: '08:00', closes: '16:00' }]);
    expect(value.overrides).toEqual([{ validFrom: '2026-12-24', validThrough: '2026-12-26', opens: null, closes: null }]);
  });
});

describe('the settings form', () => {
  const site = { defaultLocale: 'sv', offeredLocales: ['sv', 'en'] };

  it('names a bad address, time zone, date and language code, and the required texts', () => {
    expect(
      errorsOf(
        { version: '1', 'texts.sv.organisationName': '', 'texts.sv.siteTitle': 'Driftstatus', publicUrl: 'status.example.org', timeZone: 'Europe/Exempelvik', accessibilityReviewedOn: '1 februari', addLocale: 'xx' },
        (kit) => settingsSchema(kit, site),
      ),
    ).toEqual({
      'texts.sv.organisationName': 'Fältet måste fyllas i.',
      publicUrl: 'Adressen måste börja med http:// eller https://.',
      timeZone: 'Okänd tidszon.',
      accessibilityReviewedOn: 'Skriv datum som ÅÅÅÅ-MM-DD.',
      addLocale: expect.stringContaining('”xx” är ingen språkkod'),
    });
  });

  it('offers a language added by its code (canonical), with the ticked ones, the default first', () => {
    const value = valueOf(
      { version: '2', 'texts.sv.organisationName': 'Testby kommun', 'texts.sv.siteTitle': 'Driftstatus', 'offer.en': '1', addLocale: 'FI', publicUrl: 'https://status.example.org', timeZone: 'Europe/Stockholm' },
      (kit) => settingsSchema(kit, site),
    );
    expect(value).toMatchObject({ version: 2, offeredLocales: ['sv', 'en', 'fi'], accessibilityReviewedOn: null, texts: { en: null } });
  });
});

describe('the incident forms', () => {
  const services = [
    { id: 1, name: 'Mina sidor', status: 'operational' as const, version: 1 },
    { id: 2, name: 'E-post', status: 'down' as const, version: 4 },
  ];
  const settings = { languages: SV_EN, services, timeZone: 'Europe/Stockholm', now: new Date('2026-02-11T13:00:00Z') };

  it('a new incident: names the address, the title, an unknown service and status, a too long update and a past promise', () => {
    const errors = errorsOf(
      {
        slug: 'Inte En Adress',
        impact: 'major',
        phase: 'resolved',
        'sv.title': ' ',
        serviceIds: ['1', '9'],
        'update.sv': 'x'.repeat(LIMITS.updateBody + 1),
        'status.1': 'broken',
        'version.1': '1',
        nextUpdateDate: '2026-02-11',
        nextUpdateTime: '13:00',
      },
      (kit) => newIncidentSchema(kit, settings),
    );
    expect(errors).toEqual({
      slug: expect.stringContaining('Använd små bokstäver'),
      phase: 'Välj ett av alternativen.',
      serviceIds: 'Välj ett av alternativen.',
      'sv.title': 'Fältet måste fyllas i.',
      nextUpdateTime: 'Tiden har redan passerat. Ange en tid i framtiden.',
      'update.sv': `Högst ${LIMITS.updateBody} tecken.`,
      'status.1': 'Välj ett av alternativen.',
    });
  });

  it('a new incident: a first update from the notice when nothing is said; changes with the versions the form saw', () => {
    const base = { slug: 'it-angrepp', impact: 'major', phase: 'investigating', 'sv.title': 'IT-angrepp', 'en.title': '', 'fi.title': 'Tietomurto' };
    expect(valueOf({ ...base, 'update.sv': '', 'status.1': '' }, (kit) => newIncidentSchema(kit, settings))).toMatchObject({
      update: { texts: { sv: 'IT-angrepp' }, changes: [] },
      texts: { sv: { title: 'IT-angrepp' } },
    });
    const withUpdate = valueOf({ ...base, 'update.sv': 'Vi utreder.', 'status.2': 'rebuilding', 'version.2': '4' }, (kit) => newIncidentSchema(kit, { ...settings, languages: THREE }));
    expect(withUpdate.update).toEqual({ texts: { sv: 'Vi utreder.' }, changes: [{ serviceId: 2, to: 'rebuilding', expectedVersion: 4 }] });
    expect(Object.keys(withUpdate.texts)).toEqual(['sv', 'fi']);
    // A status change without words of its own says the notice's; a service changed is affected.
    expect(valueOf({ ...base, 'status.1': 'down', 'version.1': '1' }, (kit) => newIncidentSchema(kit, settings))).toMatchObject({
      serviceIds: [1],
      update: { texts: { sv: 'IT-angrepp' }, changes: [{ serviceId: 1, to: 'down', expectedVersion: 1 }] },
    });
    // Words in another language only: the default language's text is then required.
    expect(errorsOf({ ...base, 'update.en': 'Only English.' }, (kit) => newIncidentSchema(kit, settings))).toEqual({ 'update.sv': 'Fältet måste fyllas i.' });
  });

  it('an update: the default text is required, and a promise cannot be both cleared and set', () => {
    expect(
      errorsOf({ incidentVersion: '2', phase: 'identified', 'update.sv': '', 'update.en': 'Only English.', clearNextUpdate: 'on', nextUpdateDate: '2026-02-12', nextUpdateTime: '09:00' }, (kit) => updateSchema(kit, settings)),
    ).toEqual({ 'update.sv': 'Fältet måste fyllas i.', nextUpdateDate: 'Ange en ny tid eller ta bort den utlovade tiden, inte båda.' });
    expect(valueOf({ incidentVersion: '2', phase: 'monitoring', 'update.sv': 'Bättre.', 'update.en': '' }, (kit) => updateSchema(kit, settings))).toEqual({
      incidentVersion: 2,
      phase: 'monitoring',
      texts: { sv: 'Bättre.' },
      changes: [],
      // The one list of services (issue 12): nothing ticked or unticked here.
      mentions: [],
      unaffected: [],
      nextUpdateDueAt: undefined,
    });
  });

  it('resolving: the closing text is required; only affected services can be restored', () => {
    expect(errorsOf({ incidentVersion: '1', 'closing.sv': ' ' }, (kit) => resolveSchema(kit, { languages: SV_EN, affected: [1] }))).toEqual({ 'closing.sv': 'Fältet måste fyllas i.' });
    expect(valueOf({ incidentVersion: '1', 'closing.sv': 'Klart.', restore: ['1', '2'], 'version.1': '3' }, (kit) => resolveSchema(kit, { languages: SV_EN, affected: [1] }))).toMatchObject({
      closing: { sv: 'Klart.' },
      restore: [1],
      version: { 1: 3 },
    });
  });

  it('a correction: the reason is required in the default language, and an unchanged text corrects nothing', () => {
    const current = { sv: 'Mina sidor ligger nere.', en: 'My pages are down.' };
    expect(errorsOf({ 'sv.body': 'Mina sidor och e-post ligger nere.', 'sv.reason': '' }, (kit) => correctionSchema(kit, { languages: SV_EN, current }))).toEqual({ 'sv.reason': 'Fältet måste fyllas i.' });
    expect(errorsOf({ 'sv.body': current.sv, 'sv.reason': 'Inget.', 'en.body': current.en }, (kit) => correctionSchema(kit, { languages: SV_EN, current }))).toEqual({ 'sv.body': t.incidents.correctionUnchanged });
  });
});

describe('the dashboard, people and account forms', () => {
  it('a status change: the status must be one of the statuses and the note is required and limited', () => {
    expect(errorsOf({ status: 'broken', 'note.sv': '  ', version: '1' }, statusChangeSchema)).toEqual({ status: 'Välj ett av alternativen.', 'note.sv': 'Fältet måste fyllas i.' });
    expect(errorsOf({ status: 'down', 'note.sv': 'x'.repeat(LIMITS.shortText + 1), version: '1' }, statusChangeSchema)).toEqual({ 'note.sv': `Högst ${LIMITS.shortText} tecken.` });
    expect(valueOf({ status: 'down', 'note.sv': 'Nere.', version: 'x' }, statusChangeSchema)).toEqual({ status: 'down', incident: null, note: { sv: 'Nere.' }, version: -1 });
    // A note per offered language (the default required, others null when empty); the incident one of those offered.
    const build = (kit: FormKit) => statusChangeSchema(kit, SV_EN, [7]);
    expect(valueOf({ status: 'down', 'note.sv': 'Nere.', 'note.en': '', incident: '7', version: '1' }, build)).toEqual({ status: 'down', incident: 7, note: { sv: 'Nere.', en: null }, version: 1 });
    expect(errorsOf({ status: 'down', 'note.en': 'Down.', incident: '8', version: '1' }, build)).toEqual({ incident: 'Välj ett av alternativen.', 'note.sv': 'Fältet måste fyllas i.' });
  });

  it('a new user: names a bad user name, a missing role and a password built from the name', () => {
    expect(errorsOf({ username: 'Anna Andersson!', displayName: 'Anna Andersson', role: 'owner', password: 'andersson-och-mer-text' }, newUserSchema)).toEqual({
      username: 'Använd 2–40 tecken: små bokstäver, siffror, punkt, bindestreck eller understreck.',
      role: 'Välj ett av alternativen.',
      password: expect.any(String),
    });
    expect(errorsOf({ token: 't', username: 'anna', displayName: 'Anna', password: 'ett långt och ovanligt lösenord', password2: 'ett annat' }, setupSchema)).toEqual({
      password2: t.people.passwordsDiffer,
    });
  });

  it('my account: a name and a language, and a new password typed twice', () => {
    expect(errorsOf({ version: '1', displayName: ' ', locale: 'de' }, profileSchema)).toEqual({ displayName: 'Fältet måste fyllas i.', locale: 'Välj ett av alternativen.' });
    expect(
      errorsOf({ currentPassword: '', newPassword: 'ett långt och ovanligt lösenord', repeatPassword: 'ett annat' }, (kit) => passwordSchema(kit, { username: 'anna', displayName: 'Anna' })),
    ).toEqual({ currentPassword: 'Fältet måste fyllas i.', repeatPassword: t.accountSecurity.passwordMismatch });
  });
});
