/**
 * The native API (/api/v1/): what Statuspage has no words for. What to do instead and when a
 * service is expected back, every translation with its age, corrections as versions, contact
 * channels open now or not (Europe/Stockholm), paging, retired services, hostile text.
 */
import { describe, expect, it } from 'vitest';
import { correctUpdate } from '../../src/store/publishing';
import { createService, retireService } from '../../src/store/services';
import { createTestApp } from '../helpers/app';
import { makeChannel, makeGroup, makeIncident, makeService, publish, setStatus } from '../helpers/factories';
import { MARKUP } from '../helpers/hostile';
import { getJson } from './helpers';

const HOUR = 3_600_000;

describe('/api/v1/services', () => {
  it('says what to do instead and when it is expected back while a service does not work, and nothing of it while it does', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock, { sv: 'E-tjänster', en: 'E-services' });
    const back = new Date('2026-03-02T07:00:00Z');
    const faktura = await makeService(db, clock, {
      groupId: group,
      slug: 'fakturor',
      sv: { name: 'Fakturor', workaround: 'Ring kundtjänst.', restorationNote: 'Tidigast i mars.' },
      en: { name: 'Invoices', workaround: 'Call customer service.', restorationNote: 'March at the earliest.' },
      expectedRestorationAt: back,
    });
    await makeService(db, clock, { groupId: group, slug: 'bibliotek', sv: { name: 'Bibliotek', workaround: 'Gå dit.' }, en: null });
    await setStatus(db, clock, faktura.id, 'rebuilding');

    const { response, body } = await getJson(context, '/api/v1/services?lang=en');
    expect(response.status).toBe(200);
    expect(body.groups).toEqual([{ slug: expect.any(String), name: { text: 'E-services', lang: 'en', stale: null }, services: ['fakturor', 'bibliotek'] }]);
    const [invoices, library] = body.services;
    expect(invoices).toMatchObject({
      slug: 'fakturor',
      url: 'https://status.example.org/en/services/fakturor',
      status: 'rebuilding',
      status_label: 'Being rebuilt',
      statuspage_status: 'major_outage',
      name: { text: 'Invoices', lang: 'en', stale: null },
      what_to_do_instead: { text: 'Call customer service.', lang: 'en', stale: null },
      expected_restoration_at: '2026-03-02T08:00:00.000+01:00',
      restoration_note: { text: 'March at the earliest.', lang: 'en', stale: null },
      retired_at: null,
      feeds: { atom: 'https://status.example.org/en/services/fakturor/feed.atom', rss: expect.any(String), json: expect.any(String) },
    });
    expect(library).toMatchObject({ status: 'operational', what_to_do_instead: null, expected_restoration_at: null, restoration_note: null });
    // Not translated: the Swedish original, marked as such.
    expect(library.name).toEqual({ text: 'Bibliotek', lang: 'sv', stale: null });
  });

  it('lists every translation with its age, and marks one older than the original', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock);
    const older = new Date(clock.now().getTime() - 48 * HOUR);
    await createService(db, clock, {
      slug: 'mina-sidor',
      groupId: group,
      texts: { sv: { name: 'Mina sidor', workaround: 'Ring oss.' }, en: { name: 'My pages', workaround: 'Call us.' } },
      textUpdatedAt: { en: older },
    });
    const { body } = await getJson(context, '/api/v1/services/mina-sidor?lang=en');
    expect(body.service.translations).toEqual([
      expect.objectContaining({ lang: 'sv', name: 'Mina sidor', what_to_do_instead: 'Ring oss.', updated_at: '2026-02-11T14:00:00.000+01:00', older_than_original: false }),
      expect.objectContaining({ lang: 'en', name: 'My pages', what_to_do_instead: 'Call us.', updated_at: '2026-02-09T14:00:00.000+01:00', older_than_original: true }),
    ]);
    expect(body.service.name).toEqual({ text: 'My pages', lang: 'en', stale: { original_lang: 'sv', original_updated_at: '2026-02-11T14:00:00.000+01:00' } });
    expect(body.service.description).toBeNull();
  });

  it('finds a retired service by its slug, with the incidents that affected it', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'gammal' });
    await makeIncident(db, clock, { slug: 'gammalt-fel', serviceIds: [service.id] });
    await retireService(db, clock, service.id, { retired: true, expectedVersion: 1 });
    expect((await getJson(context, '/api/v1/services')).body.services).toEqual([]);
    const { response, body } = await getJson(context, '/api/v1/services/gammal');
    expect(response.status).toBe(200);
    expect(body.service.retired_at).toBe('2026-02-11T14:00:00.000+01:00');
    expect(body.incidents).toEqual([{ slug: 'gammalt-fel', title: { text: 'Händelse gammalt-fel', lang: 'sv', stale: null }, url: 'https://status.example.org/handelser/gammalt-fel' }]);
  });
});

describe('/api/v1/incidents', () => {
  it('keeps every version of a corrected update, oldest first, with the reasons, and shows the newest', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock);
    const phones = await makeService(db, clock, { groupId: group, slug: 'vaxel', sv: { name: 'Växeln' } });
    const portal = await makeService(db, clock, { groupId: group, slug: 'portal', sv: { name: 'Portalen' } });
    const incident = await makeIncident(db, clock, { slug: 'telefoni', impact: 'major' });
    await setStatus(db, clock, phones.id, 'down');
    clock.advance(HOUR);
    const update = await publish(db, clock, {
      incidentId: incident.id,
      phase: 'monitoring',
      texts: { sv: 'Växeln fungerar kl. 10.', en: 'The switchboard works at 10.' },
      changes: [{ serviceId: phones.id, to: 'operational' }],
      mentions: [portal.id],
    });
    clock.advance(HOUR);
    await correctUpdate(db, clock, { updateId: update.updateId, texts: { sv: { body: 'Växeln fungerar kl. 11.', reason: 'Fel klockslag.' } } });
    clock.advance(HOUR);
    await correctUpdate(db, clock, { updateId: update.updateId, texts: { sv: { body: 'Växeln fungerar kl. 12.', reason: 'Fel igen.' }, en: { body: 'Works at 12.', reason: 'Wrong again.' } } });

    const { body } = await getJson(context, '/api/v1/incidents/telefoni');
    const [shown] = body.incident.updates;
    expect(shown).toMatchObject({
      id: update.uid,
      url: expect.stringMatching(/^https:\/\/status\.example\.org\/handelser\/telefoni#update-\d+$/),
      phase: 'monitoring',
      maintenance_status: null,
      body: { text: 'Växeln fungerar kl. 12.', lang: 'sv', stale: null },
      corrected: true,
      published_at: '2026-02-11T15:00:00.000+01:00',
      updated_at: '2026-02-11T17:00:00.000+01:00',
    });
    expect(shown.changes).toEqual([{ service: 'vaxel', name: { text: 'Växeln', lang: 'sv', stale: null }, from: 'down', to: 'operational', restored: true }]);
    expect(shown.mentions).toEqual([{ slug: 'portal', name: { text: 'Portalen', lang: 'sv', stale: null }, url: 'https://status.example.org/tjanster/portal' }]);
    expect(shown.versions.map((version: any) => [version.number, version.at, version.body.text, version.reason?.text ?? null])).toEqual([
      [1, '2026-02-11T15:00:00.000+01:00', 'Växeln fungerar kl. 10.', null],
      [2, '2026-02-11T16:00:00.000+01:00', 'Växeln fungerar kl. 11.', 'Fel klockslag.'],
      [3, '2026-02-11T17:00:00.000+01:00', 'Växeln fungerar kl. 12.', 'Fel igen.'],
    ]);
    expect(body.incident).toMatchObject({
      kind: 'incident',
      phase: 'monitoring',
      phase_label: expect.any(String),
      impact: 'major',
      maintenance: null,
      notice: { what_happened: { text: 'Något hände.', lang: 'sv', stale: null }, what_you_should_do: { text: 'Ring oss.', lang: 'sv', stale: null }, affects_me: null },
    });
    const english = (await getJson(context, '/api/v1/incidents/telefoni?lang=en')).body.incident;
    expect(english.updates[0].body).toEqual({ text: 'Works at 12.', lang: 'en', stale: null });
    // The first correction had no English text: its version is given in the original.
    expect(english.updates[0].versions[1].body.lang).toBe('sv');
  });

  it('pages the incidents, 20 at a time, newest first, with links to the neighbouring pages in the same language', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    for (let index = 0; index < 25; index++) {
      await makeIncident(db, clock, { slug: `fel-${String(index).padStart(2, '0')}`, startedAt: new Date(clock.now().getTime() - index * HOUR) });
    }
    const first = (await getJson(context, '/api/v1/incidents?lang=en')).body;
    expect(first.incidents).toHaveLength(20);
    expect(first.incidents[0].slug).toBe('fel-00');
    expect(first.pagination).toEqual({ page: 1, pages: 2, per_page: 20, next: 'https://status.example.org/api/v1/incidents?page=2&lang=en', prev: null });
    const second = (await getJson(context, '/api/v1/incidents?page=2&lang=en')).body;
    expect(second.incidents.map((incident: any) => incident.slug)).toEqual(['fel-20', 'fel-21', 'fel-22', 'fel-23', 'fel-24']);
    expect(second.pagination.prev).toBe('https://status.example.org/api/v1/incidents?page=1&lang=en');
    expect(second.pagination.next).toBeNull();
  });

  it('marks a promised next update that has passed', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    await makeIncident(db, clock, { slug: 'lovat', nextUpdateDueAt: new Date(clock.now().getTime() + HOUR) });
    expect((await getJson(context, '/api/v1/incidents/lovat')).body.incident).toMatchObject({ next_update_due_at: '2026-02-11T15:00:00.000+01:00', next_update_overdue: false });
    clock.advance(2 * HOUR);
    expect((await getJson(context, '/api/v1/incidents/lovat')).body.incident.next_update_overdue).toBe(true);
  });

  it('keeps hostile text exactly', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const incident = await makeIncident(db, clock, { slug: 'fientlig', texts: { sv: { title: MARKUP, whatHappened: MARKUP } } });
    await publish(db, clock, { incidentId: incident.id, texts: { sv: MARKUP } });
    const { body } = await getJson(context, '/api/v1/incidents/fientlig');
    expect(body.incident.title.text).toBe(MARKUP);
    expect(body.incident.notice.what_happened.text).toBe(MARKUP);
    expect(body.incident.updates[0].body.text).toBe(MARKUP);
  });
});

describe('/api/v1/contacts', () => {
  it('says whether each channel is open now and when that changes, in the site time zone', async () => {
    // A Wednesday, 14.00 in Stockholm (CET).
    const context = await createTestApp({ now: '2026-02-11T13:00:00Z' });
    const { db, clock } = context;
    await makeChannel(db, clock, { slug: 'direkt', texts: { sv: { name: 'Exempelvik Direkt', note: 'Lång väntetid.' }, en: { name: 'Exempelvik Direct' } } });
    await makeChannel(db, clock, { slug: 'jour', kind: 'phone', address: '0123-99 99 99', openingHoursMode: 'always', weekly: [], texts: { sv: { name: 'Socialjouren' } } });
    await makeChannel(db, clock, { slug: 'epost', kind: 'email', address: 'info@exempelvik.example', openingHoursMode: 'none', weekly: [], texts: { sv: { name: 'E-post' } } });
    const { body } = await getJson(context, '/api/v1/contacts?lang=en');
    const [direct, duty, mail] = body.contacts;
    expect(direct).toMatchObject({
      kind: 'phone',
      name: { text: 'Exempelvik Direct', lang: 'en', stale: null },
      note: { text: 'Lång väntetid.', lang: 'sv', stale: null },
      address: '0123-45 67 00',
      href: 'tel:0123456700',
      open_now: true,
      closes_at: '2026-02-11T16:00:00.000+01:00',
      opens_at: null,
    });
    expect(direct.opening_hours.mode).toBe('scheduled');
    expect(direct.opening_hours.weekly).toHaveLength(5);
    expect(direct.opening_hours.weekly[0]).toEqual({ day_of_week: 1, opens: '08:00', closes: '16:00' });
    expect(duty).toMatchObject({ open_now: true, closes_at: null, opens_at: null });
    expect(mail).toMatchObject({ href: 'mailto:info@exempelvik.example', open_now: null, closes_at: null, opens_at: null });

    clock.set('2026-02-11T17:30:00Z');
    const evening = (await getJson(context, '/api/v1/contacts')).body.contacts[0];
    expect(evening).toMatchObject({ open_now: false, closes_at: null, opens_at: '2026-02-12T08:00:00.000+01:00' });
  });
});

describe('/api/v1/status', () => {
  it('gives the overall state in words and numbers and what is going on', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock);
    const first = await makeService(db, clock, { groupId: group });
    await makeService(db, clock, { groupId: group });
    await setStatus(db, clock, first.id, 'down');
    await makeIncident(db, clock, { slug: 'avbrott', texts: { sv: { title: 'Avbrott' }, en: { title: 'Outage' } } });
    const { body } = await getJson(context, '/api/v1/status?lang=en');
    expect(body.site).toMatchObject({ name: 'Testby Municipality', default_lang: 'sv', langs: ['sv', 'en'], time_zone: 'Europe/Stockholm', example_data: false });
    expect(body.overall).toMatchObject({
      indicator: 'major',
      headline: expect.any(String),
      services_total: 2,
      services_not_working: 1,
      services_impaired: 0,
      services_in_maintenance: 0,
    });
    expect(body.active_incidents).toEqual([{ slug: 'avbrott', title: { text: 'Outage', lang: 'en', stale: null }, url: 'https://status.example.org/en/incidents/avbrott', kind: 'incident' }]);
  });

  it('counts planned maintenance as going on only while it is under way', async () => {
    const context = await createTestApp({ seed: 'example' });
    const { body } = await getJson(context, '/api/v1/status');
    // The example: the library move is under way, the Mina sidor update is next week.
    expect(body.active_incidents.map((entry: any) => [entry.slug, entry.kind])).toEqual([
      ['it-angrepp', 'incident'],
      ['bibliotekssystemet-flyttas', 'maintenance'],
    ]);
    expect(body.overall.services_in_maintenance).toBe(1);
  });
});
