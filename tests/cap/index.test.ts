/**
 * The Atom index of CAP messages, read with the real feed parsers of tests/feeds/, and the
 * identifiers, times and vocabulary it is built on.
 */
import { describe, expect, it } from 'vitest';
import { serializeCapAlert } from '../../src/cap/alert';
import { capIdentifier, capTime, nameBasedUuid } from '../../src/cap/identity';
import { classifyMessage, type MessageFacts } from '../../src/cap/vocabulary';
import { createDatabase } from '../../src/db/database';
import { StandbyClient } from '../../src/db/standby-client';
import { SNAPSHOT_HEADER } from '../../src/http/last-known-good';
import { MemorySnapshots } from '../../src/snapshot/store';
import { correctUpdate } from '../../src/store/publishing';
import { capAlertPath } from '../../src/urls/machine';
import { createTestApp, visibleText } from '../helpers/app';
import { makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { expectWellFormed, parseFeed, rssParser } from '../helpers/feeds';
import { MARKUP } from '../helpers/hostile';
import { capSchemaErrors, fetchCap, parseCap } from './helpers';

describe('the CAP index', () => {
  it('lists every message newest first, each linking its CAP document, readable by feed parsers', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, slug: 'e-post', sv: { name: 'E-post' } });
    const incident = await makeIncident(db, clock, { slug: 'larm', texts: { sv: { title: MARKUP }, en: { title: 'Alarm' } } });
    const first = await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Nere.', en: 'Down.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    clock.set('2026-02-11T14:00:00Z');
    const second = await publish(db, clock, { texts: { sv: 'Återuppbyggs.' }, changes: [{ serviceId: service.id, to: 'rebuilding' }] });
    clock.set('2026-02-11T15:00:00Z');
    const correction = await correctUpdate(db, clock, { updateId: first.updateId, texts: { sv: { body: 'Helt nere.', reason: 'Tydligare.' } } });

    const response = await app.request('/cap/index.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expectWellFormed(xml);
    expect(xml).not.toContain('<script');

    const feed = parseFeed(xml);
    expect(feed.title).toBe('CAP-meddelanden – Driftstatus Testby');
    expect(feed.language).toBe('sv');
    const expected = [
      { uid: first.uid, correctionId: correction },
      { uid: second.uid, correctionId: null },
      { uid: first.uid, correctionId: null },
    ];
    expect(feed.items.map((item) => item.id)).toEqual(
      await Promise.all(expected.map((ref) => capIdentifier({ updateUid: ref.uid, correctionId: ref.correctionId }))),
    );
    expect(feed.items.map((item) => item.title)).toEqual([`${MARKUP} (Rättad 11 februari 2026 kl. 16.00)`, 'E-post: Återuppbyggs', MARKUP]);
    expect(feed.items.map((item) => item.updated?.toISOString())).toEqual([
      '2026-02-11T15:00:00.000Z',
      '2026-02-11T14:00:00.000Z',
      '2026-02-11T13:00:00.000Z',
    ]);
    const links = feed.items.map((item) => item.url);
    expect(links).toEqual(expected.map((ref) => `https://status.example.org${capAlertPath(ref.uid, ref.correctionId)}`));
    expect(xml.match(/<link rel="alternate" type="application\/cap\+xml" href="[^"]+"\/>/g)).toHaveLength(3);

    // A second, independent parser agrees, and every link leads to a valid message with the same identifier.
    const rss = await rssParser.parseString(xml);
    expect(rss.items.map((item) => (item as { id?: string }).id)).toEqual(feed.items.map((item) => item.id));
    for (const [position, item] of feed.items.entries()) {
      const { alert } = await fetchCap(app, item.url!);
      expect(alert.identifier).toBe(item.id);
      expect(alert.info[0]!.headline).toBe(feed.items[position]!.title);
    }
  });

  it('is a valid empty feed before anything is published', async () => {
    const { app } = await createTestApp();
    const xml = await (await app.request('/cap/index.atom')).text();
    expectWellFormed(xml);
    const feed = parseFeed(xml);
    expect(feed.items).toEqual([]);
    expect(feed.updated).toBeInstanceOf(Date);
  });

  it('is served from its last good copy, and so are the messages, while the database cannot be read', async () => {
    const snapshots = new MemorySnapshots();
    const original = await createTestApp({ snapshots });
    const group = await makeGroup(original.db, original.clock);
    const service = await makeService(original.db, original.clock, { groupId: group });
    const update = await publish(original.db, original.clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const index = await (await original.app.request('/cap/index.atom')).text();
    const alert = await (await original.app.request(capAlertPath(update.uid, null))).text();
    // Remembering happens in the background.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const withoutDatabase = await createTestApp({ database: createDatabase(new StandbyClient()), seed: 'none', snapshots });
    const servedIndex = await withoutDatabase.app.request('/cap/index.atom');
    expect(servedIndex.status).toBe(200);
    expect(servedIndex.headers.get(SNAPSHOT_HEADER)).not.toBeNull();
    expect(await servedIndex.text()).toBe(index);
    const servedAlert = await withoutDatabase.app.request(capAlertPath(update.uid, null));
    expect(servedAlert.status).toBe(200);
    expect(servedAlert.headers.get('content-type')).toBe('application/cap+xml; charset=utf-8');
    expect(await servedAlert.text()).toBe(alert);
  });
});

describe('the subscribe page', () => {
  it('announces the CAP index for authorities, in both languages', async () => {
    const { app } = await createTestApp();
    for (const [path, label] of [
      ['/prenumerera', 'Index över CAP-meddelanden (Atom)'],
      ['/en/subscribe', 'Index of CAP messages (Atom)'],
    ] as const) {
      const html = await (await app.request(path)).text();
      expect(visibleText(html)).toContain(label);
      expect(html).toContain('href="https://status.example.org/cap/index.atom"');
    }
  });
});

describe('the CAP writer', () => {
  it('keeps text that never went through the store well-formed: characters XML cannot carry are dropped, CR read as LF', async () => {
    const raw = 'före\u0000\u0007\u001b[2J efter ]]> <script>&amp;\r\nrad\ud800';
    const xml = serializeCapAlert({
      identifier: 'urn:uuid:886313e1-3b8a-5372-9b90-0c9aee199e5d',
      sender: 'status.example.org',
      sent: '2026-02-11T14:00:00+01:00',
      msgType: 'Alert',
      references: [],
      incidents: [],
      infos: [
        {
          language: 'sv',
          event: raw,
          responseType: 'Monitor',
          urgency: 'Immediate',
          severity: 'Minor',
          certainty: 'Observed',
          onset: null,
          expires: null,
          senderName: raw,
          headline: raw,
          description: raw,
          instruction: '',
          web: 'https://status.example.org/?a=1&b=2',
          contact: null,
          areaDesc: raw,
        },
      ],
    });
    expectWellFormed(xml);
    expect(await capSchemaErrors(xml)).toEqual([]);
    const info = parseCap(xml).info[0]!;
    expect(info.description).toBe('före[2J efter ]]> <script>&amp;\nrad');
    expect(info.web).toBe('https://status.example.org/?a=1&b=2');
    // An empty optional element is left out rather than written blank.
    expect(info.instruction).toBeUndefined();
    expect(xml).not.toContain('<instruction');
  });
});

describe('CAP identifiers and times', () => {
  it('makes name-based UUIDs as RFC 9562 version 5 does (Python’s uuid5 gives the same)', async () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') in Python's documentation.
    expect(await nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('gives each message its own stable identifier', async () => {
    const uid = '0b1e0cf5-8a05-467a-9f20-bf6fa5ba0a3a';
    const original = await capIdentifier({ updateUid: uid, correctionId: null });
    expect(original).toBe(await capIdentifier({ updateUid: uid, correctionId: null }));
    expect(original).not.toBe(await capIdentifier({ updateUid: uid, correctionId: 1 }));
    expect(await capIdentifier({ updateUid: uid, correctionId: 1 })).not.toBe(await capIdentifier({ updateUid: uid, correctionId: 2 }));
    expect(original).not.toBe(`urn:uuid:${uid}`);
  });

  it('writes times as CAP wants them: whole seconds, a numeric offset, UTC as -00:00', () => {
    const at = new Date('2026-02-11T13:00:00.987Z');
    expect(capTime(at, 'Europe/Stockholm')).toBe('2026-02-11T14:00:00+01:00');
    expect(capTime(new Date('2026-07-11T13:00:00Z'), 'Europe/Stockholm')).toBe('2026-07-11T15:00:00+02:00');
    expect(capTime(at, 'UTC')).toBe('2026-02-11T13:00:00-00:00');
    expect(capTime(new Date('2026-07-11T13:00:00Z'), 'Asia/Kolkata')).toBe('2026-07-11T18:30:00+05:30');
  });
});

describe('our vocabulary in CAP words', () => {
  const facts = (overrides: Partial<MessageFacts>): MessageFacts => ({
    kind: 'service',
    statuses: [],
    impact: null,
    phase: null,
    maintenance: null,
    restores: false,
    hasEarlier: false,
    ...overrides,
  });

  it('maps each status to severity and certainty, never beyond Moderate', () => {
    const table = (['operational', 'degraded', 'investigating', 'maintenance', 'down', 'rebuilding', 'lost'] as const).map((status) => {
      const { severity, certainty, urgency } = classifyMessage(facts({ statuses: [status] }));
      return [status, severity, certainty, urgency];
    });
    expect(table).toEqual([
      ['operational', 'Minor', 'Observed', 'Unknown'],
      ['degraded', 'Minor', 'Observed', 'Immediate'],
      ['investigating', 'Moderate', 'Likely', 'Immediate'],
      ['maintenance', 'Minor', 'Observed', 'Immediate'],
      ['down', 'Moderate', 'Observed', 'Immediate'],
      ['rebuilding', 'Moderate', 'Observed', 'Immediate'],
      ['lost', 'Moderate', 'Observed', 'Immediate'],
    ]);
  });

  it('takes the worst status, and a critical impact makes it Severe', () => {
    expect(classifyMessage(facts({ statuses: ['degraded', 'down', 'operational'] })).severity).toBe('Moderate');
    expect(classifyMessage(facts({ kind: 'incident', statuses: ['degraded'], impact: 'critical' })).severity).toBe('Severe');
    expect(classifyMessage(facts({ kind: 'incident', statuses: ['down'], impact: 'minor' })).severity).toBe('Moderate');
  });

  it('says Alert first, Update after, Cancel for a called-off maintenance, and all clear at the end', () => {
    expect(classifyMessage(facts({ statuses: ['down'] })).msgType).toBe('Alert');
    expect(classifyMessage(facts({ statuses: ['down'], hasEarlier: true })).msgType).toBe('Update');
    expect(classifyMessage(facts({ kind: 'maintenance', maintenance: 'cancelled', hasEarlier: true }))).toMatchObject({
      msgType: 'Cancel',
      responseType: 'None',
      urgency: 'Past',
      closed: true,
    });
    expect(classifyMessage(facts({ kind: 'incident', phase: 'resolved', statuses: ['down'], hasEarlier: true }))).toMatchObject({
      msgType: 'Update',
      responseType: 'AllClear',
      urgency: 'Past',
      closed: true,
    });
    expect(classifyMessage(facts({ kind: 'maintenance', maintenance: 'completed', hasEarlier: true })).responseType).toBe('AllClear');
    // A restoration while another service of the same update is still down is not all clear.
    expect(classifyMessage(facts({ restores: true, statuses: ['operational', 'down'], hasEarlier: true })).responseType).toBe('Monitor');
    expect(classifyMessage(facts({ restores: true, statuses: ['operational'], hasEarlier: true })).responseType).toBe('AllClear');
    expect(classifyMessage(facts({ kind: 'maintenance', maintenance: 'scheduled', statuses: ['operational'] }))).toMatchObject({
      responseType: 'Prepare',
      urgency: 'Future',
      certainty: 'Likely',
    });
  });
});
