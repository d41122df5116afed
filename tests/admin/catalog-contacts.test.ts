/** Contact channels in the admin console: hours past midnight, overrides, plain-HTML rows, conflicts, delete. */
import { describe, expect, it } from 'vitest';
import { contactChannels, contactChannelTexts, openingHours, openingHoursOverrides } from '../../src/db/schema';
import { visibleText } from '../helpers/app';
import { makeChannel } from '../helpers/factories';
import { auditEntries, colleague, fieldError, inputValue, signedIn, textareaValue, versionIn } from './catalog-helpers';

type Hours = Partial<Record<number, [string, string][]>>;

function channelForm(options: {
  name?: string;
  hours?: Hours;
  overrides?: { from: string; through: string; closed?: boolean; opens?: string; closes?: string }[];
  extra?: Record<string, string>;
}): Record<string, string> {
  const form: Record<string, string> = {
    kind: 'phone',
    address: '0123-100 00',
    openingHoursMode: 'scheduled',
    position: '',
    'texts.sv.name': options.name ?? 'Jourtelefon',
    'texts.sv.note': '',
    'texts.en.name': '',
    'texts.en.note': '',
    slots: '3',
    intent: 'save',
  };
  for (let day = 1; day <= 7; day++) {
    for (let slot = 0; slot < 3; slot++) {
      const period = options.hours?.[day]?.[slot];
      form[`hours.${day}.${slot}.opens`] = period?.[0] ?? '';
      form[`hours.${day}.${slot}.closes`] = period?.[1] ?? '';
    }
  }
  const overrides = options.overrides ?? [];
  overrides.forEach((override, index) => {
    form[`overrides.${index}.from`] = override.from;
    form[`overrides.${index}.through`] = override.through;
    if (override.closed) form[`overrides.${index}.closed`] = '1';
    form[`overrides.${index}.opens`] = override.opens ?? '';
    form[`overrides.${index}.closes`] = override.closes ?? '';
  });
  form.overrideRows = String(overrides.length);
  return { ...form, ...options.extra };
}

const EVENINGS: Hours = { 1: [['16:30', '08:00']], 2: [['16:30', '08:00']], 3: [['16:30', '08:00']], 4: [['16:30', '08:00']], 5: [['16:30', '08:00']] };

describe('a channel with hours past midnight and dated overrides', () => {
  it('is created from the form and the public page says whether it is open at the injected time', async () => {
    const { browser, db, clock, app } = await signedIn();
    const response = await browser.post(
      '/admin/contacts',
      channelForm({
        hours: EVENINGS,
        overrides: [
          { from: '2026-02-13', through: '2026-02-13', closed: true },
          { from: '2026-02-14', through: '2026-02-14', opens: '10.00', closes: '14:00' },
        ],
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/admin\/contacts\?created=\d+#channel-\d+$/);
    expect(visibleText(await (await browser.get(response.headers.get('location')!)).text())).toContain('Kontaktvägen ”Jourtelefon” är skapad.');
    const hours = await db.select().from(openingHours).all();
    expect(hours).toHaveLength(5);
    expect(hours[0]).toMatchObject({ dayOfWeek: 1, opens: '16:30', closes: '08:00' });
    const overrides = await db.select().from(openingHoursOverrides).all();
    expect(overrides).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ validFrom: '2026-02-13', opens: null, closes: null }),
        expect.objectContaining({ validFrom: '2026-02-14', opens: '10:00', closes: '14:00' }),
      ]),
    );

    const overview = async () => visibleText(await (await app.request('/')).text());
    // Wednesday 14.00: closed, opens in the evening.
    expect(await overview()).toContain('Stängt nu – öppnar onsdag 11 februari kl. 16.30');
    // Wednesday 23.00: open, and the period runs past midnight.
    clock.set('2026-02-11T22:00:00Z');
    expect(await overview()).toContain('Öppet nu – stänger 08.00');
    // Thursday 07.30: still Wednesday's period.
    clock.set('2026-02-12T06:30:00Z');
    expect(await overview()).toContain('Öppet nu – stänger 08.00');
    // Friday 17.00: the override closes the day; next opening is Saturday's override.
    clock.set('2026-02-13T16:00:00Z');
    expect(await overview()).toContain('Stängt nu – öppnar lördag 14 februari kl. 10.00');
    // Saturday 10.30: open by the override.
    clock.set('2026-02-14T09:30:00Z');
    const saturday = await overview();
    expect(saturday).toContain('Öppet nu – stänger 14.00');
    expect(saturday).toContain('Tillfälliga öppettider');

    const [entry] = await auditEntries(db, 'channel.create');
    expect(entry!.username).toBe('redaktor');
    expect(entry!.after).toMatchObject({ openingHoursMode: 'scheduled', weekly: expect.arrayContaining([{ dayOfWeek: 3, opens: '16:30', closes: '08:00' }]) });
  });

  it('keeps several periods on one day (a lunch break)', async () => {
    const { browser, db, app } = await signedIn();
    const lunch: Hours = { 3: [['08:00', '12:00'], ['13:00', '16:00']] };
    expect((await browser.post('/admin/contacts', channelForm({ hours: lunch }))).status).toBe(303);
    expect(await db.select().from(openingHours).all()).toHaveLength(2);
    // Wednesday 14.00 local: in the afternoon period.
    expect(visibleText(await (await app.request('/')).text())).toContain('Öppet nu – stänger 16.00');
  });
});

describe('the channel form without JavaScript', () => {
  it('adds an override row or a period column by posting the form again, saving nothing', async () => {
    const { browser, db } = await signedIn();
    const withRow = await browser.post('/admin/contacts', channelForm({ name: 'Växeln', hours: EVENINGS, extra: { intent: 'add-override' } }));
    expect(withRow.status).toBe(200);
    const html = await withRow.text();
    expect(html).toContain('name="overrides.0.from"');
    expect(visibleText(html)).toContain('Fler rader finns nu i formuläret. Inget är sparat än.');
    expect(inputValue(html, 'f-texts-sv-name')).toBe('Växeln');
    expect(inputValue(html, 'f-hours-3-0-opens')).toBe('16:30');

    const withColumn = await browser.post('/admin/contacts', channelForm({ hours: EVENINGS, extra: { intent: 'more-periods' } }));
    expect(withColumn.status).toBe(200);
    expect(await withColumn.text()).toContain('name="hours.7.3.opens"');
    expect(await db.select().from(contactChannels).all()).toHaveLength(0);
  });

  it('says what is wrong next to the period or override, with 422 and the values kept', async () => {
    const { browser, db } = await signedIn();
    const response = await browser.post(
      '/admin/contacts',
      channelForm({
        hours: { 2: [['08:00', '']], 4: [['25:00', '16:00']] },
        overrides: [
          { from: '2026-02-20', through: '', opens: '10:00', closes: '12:00' },
          { from: '2026-02-21', through: '2026-02-21' },
          { from: '2026-02-25', through: '2026-02-22', closed: true },
        ],
        extra: { kind: 'pigeon', address: '' },
      }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldError(html, 'f-hours-2-0')).toContain('Fyll i både öppnar och stänger');
    expect(fieldError(html, 'f-hours-4-0')).toContain('Fyll i både öppnar och stänger');
    expect(fieldError(html, 'f-overrides-0-dates')).toContain('Fyll i båda datumen');
    expect(fieldError(html, 'f-overrides-1-hours')).toContain('kryssa i Stängt');
    expect(fieldError(html, 'f-overrides-2-dates')).toBe('Sista dagen kan inte vara före den första.');
    expect(fieldError(html, 'f-kind')).toBe('Välj ett av alternativen.');
    expect(fieldError(html, 'f-address')).toBe('Fältet måste fyllas i.');
    expect(inputValue(html, 'f-hours-4-0-opens')).toBe('25:00');
    expect(html).toMatch(/id="f-overrides-2-closed"[^>]*checked/);
    expect(await db.select().from(contactChannels).all()).toHaveLength(0);
  });
});

describe('editing and deleting a channel', () => {
  it('replaces hours and overrides together, audits before and after, and only dates the changed language', async () => {
    const { browser, db, clock, app } = await signedIn();
    const id = await makeChannel(db, clock, {
      texts: { sv: { name: 'Kontaktcenter' }, en: { name: 'Contact centre' } },
      overrides: [{ validFrom: '2026-02-16', validThrough: '2026-02-16', opens: null, closes: null }],
    });
    clock.advance(60_000);
    const page = await (await browser.get(`/admin/contacts/${id}/edit`)).text();
    expect(inputValue(page, 'f-hours-1-0-opens')).toBe('08:00');
    expect(inputValue(page, 'f-overrides-0-from')).toBe('2026-02-16');
    const response = await browser.post(
      `/admin/contacts/${id}`,
      channelForm({
        name: 'Kontaktcenter (krisläge)',
        hours: { 1: [['07:00', '12:00'], ['13:00', '19:00']], 3: [['07:00', '19:00']] },
        overrides: [],
        extra: { version: versionIn(page), 'texts.en.name': 'Contact centre', 'texts.sv.note': 'Utökade tider.' },
      }),
    );
    expect(response.status).toBe(303);
    const hours = await db.select().from(openingHours).all();
    expect(hours.map((row) => `${row.dayOfWeek} ${row.opens}-${row.closes}`).sort()).toEqual(['1 07:00-12:00', '1 13:00-19:00', '3 07:00-19:00']);
    expect(await db.select().from(openingHoursOverrides).all()).toHaveLength(0);
    const texts = await db.select().from(contactChannelTexts).all();
    expect(texts.find((row) => row.locale === 'sv')!.updatedAt.getTime()).toBe(clock.now().getTime());
    expect(texts.find((row) => row.locale === 'en')!.updatedAt.getTime()).toBe(clock.now().getTime() - 60_000);
    const overview = visibleText(await (await app.request('/')).text());
    expect(overview).toContain('Kontaktcenter (krisläge)');
    expect(overview).toContain('Öppet nu – stänger 19.00');
    // The admin form marks the English text as older than the Swedish one.
    expect(visibleText(await (await browser.get(`/admin/contacts/${id}/edit`)).text())).toContain('Äldre än den svenska texten');

    const [entry] = await auditEntries(db, 'channel.update');
    expect(entry!.before).toMatchObject({ texts: { sv: { name: 'Kontaktcenter' } }, overrides: [{ validFrom: '2026-02-16' }] });
    expect(entry!.after).toMatchObject({ texts: { sv: { name: 'Kontaktcenter (krisläge)', note: 'Utökade tider.' } }, overrides: [] });
    expect((entry!.after as { weekly: unknown[] }).weekly).toHaveLength(3);
  });

  it('answers a stale save with 409, the newer state and the draft kept', async () => {
    const context = await signedIn();
    const { browser, db, clock } = context;
    const id = await makeChannel(db, clock, { texts: { sv: { name: 'Växeln' } } });
    const other = await colleague(context);
    const mine = versionIn(await (await browser.get(`/admin/contacts/${id}/edit`)).text());
    const theirs = versionIn(await (await other.get(`/admin/contacts/${id}/edit`)).text());
    expect((await other.post(`/admin/contacts/${id}`, channelForm({ name: 'Växeln', extra: { version: theirs, address: '0123-999 99' } }))).status).toBe(303);
    const lost = await browser.post(`/admin/contacts/${id}`, channelForm({ name: 'Växeln', hours: EVENINGS, extra: { version: mine, 'texts.sv.note': 'Min notis.' } }));
    expect(lost.status).toBe(409);
    const html = await lost.text();
    expect(visibleText(html)).toContain('Senast ändrat av kollega');
    expect(visibleText(html)).toContain('0123-999 99');
    expect(textareaValue(html, 'f-texts-sv-note')).toBe('Min notis.');
    expect(inputValue(html, 'f-hours-2-0-opens')).toBe('16:30');
    expect(versionIn(html)).not.toBe(mine);
    expect((await db.select().from(contactChannels).all())[0]!.address).toBe('0123-999 99');
  });

  it('deletes after a confirmation page; a stale confirmation is refused', async () => {
    const { browser, db, clock, app } = await signedIn();
    const id = await makeChannel(db, clock, { texts: { sv: { name: 'Faxen' } } });
    const confirm = await (await browser.get(`/admin/contacts/${id}/delete`)).text();
    expect(visibleText(confirm)).toContain('Vill du ta bort ”Faxen”');
    const stale = await browser.post(`/admin/contacts/${id}/delete`, { version: String(Number(versionIn(confirm)) + 5) });
    expect(stale.status).toBe(409);
    const deleted = await browser.post(`/admin/contacts/${id}/delete`, { version: versionIn(confirm) });
    expect(deleted.status).toBe(303);
    expect(visibleText(await (await browser.get(deleted.headers.get('location')!)).text())).toContain('Kontaktvägen är borttagen.');
    expect(visibleText(await (await app.request('/')).text())).not.toContain('Faxen');
    expect(await db.select().from(openingHours).all()).toHaveLength(0);
    const [entry] = await auditEntries(db, 'channel.delete');
    expect(entry!.before).toMatchObject({ texts: { sv: { name: 'Faxen' } }, weekly: expect.any(Array) });
  });
});
