/**
 * CAP 1.2 messages as an authority's system reads them: every message valid against the OASIS
 * schema, message types and references chaining an incident and a service's episode, a
 * correction as a new message, one info per language, hostile text kept exact.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentLocalesOf } from '../../src/domain/locales';
import { correctionTexts, feedItems, updateTexts, updates } from '../../src/db/schema';
import { changeMaintenanceStatus, scheduleMaintenance } from '../../src/store/maintenance';
import { correctUpdate, openIncident } from '../../src/store/publishing';
import { loadSite, saveSite } from '../../src/store/site';
import { capAlertPath } from '../../src/urls/machine';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeIncident, makeService, publish } from '../helpers/factories';
import { HOSTILE_TEXTS, LITERAL_ENTITIES, MARKUP } from '../helpers/hostile';
import { capSchemaErrors, capSchemaErrorsOfMany, fetchCap, fetchCapUnchecked, referencesOf, triplet } from './helpers';

const CAP_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

async function siteWithService() {
  const context = await createTestApp(); // 2026-02-11 14:00 CET
  const { db, clock } = context;
  const group = await makeGroup(db, clock);
  const service = await makeService(db, clock, {
    groupId: group,
    slug: 'mina-sidor',
    sv: { name: 'Mina sidor', workaround: 'Ring kontaktcenter på 0123-45 67 00.' },
    en: { name: 'My pages', workaround: 'Call the contact centre on 0123-45 67 00.' },
  });
  return { ...context, service };
}

describe('the example data as CAP', () => {
  it('has a valid CAP 1.2 message for every publication and correction of the example', { timeout: 60_000 }, async () => {
    const { app, db } = await createTestApp({ seed: 'example' });
    const messages = await db
      .select({ uid: updates.uid, updateId: updates.id, correctionId: feedItems.correctionId })
      .from(feedItems)
      .innerJoin(updates, eq(updates.id, feedItems.updateId))
      .where(eq(feedItems.scope, 'site'))
      .orderBy(feedItems.seq)
      .all();
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.some((message) => message.correctionId !== null)).toBe(true);
    const identifiers = new Set<string>();
    const types = new Set<string>();
    const documents: { name: string; xml: string }[] = [];
    // One info per offered language (in the site's order) the publication or correction was written in.
    const site = (await loadSite(db))!;
    const written = async (message: (typeof messages)[number]) => {
      const rows =
        message.correctionId === null
          ? await db.select({ locale: updateTexts.locale }).from(updateTexts).where(eq(updateTexts.updateId, message.updateId)).all()
          : await db.select({ locale: correctionTexts.locale }).from(correctionTexts).where(eq(correctionTexts.correctionId, message.correctionId)).all();
      const locales = new Set(rows.map((row) => row.locale));
      // An automatic maintenance transition has no text of its own: it is worded in every language.
      if (rows.length === 0) return contentLocalesOf(site);
      return contentLocalesOf(site).filter((locale) => locale === site.defaultLocale || locales.has(locale));
    };
    for (const message of messages) {
      const path = capAlertPath(message.uid, message.correctionId);
      const { xml, alert } = await fetchCapUnchecked(app, path);
      documents.push({ name: path, xml });
      expect(alert.sender).toBe('status.example.org');
      // CAP's rules that its schema does not check: no spaces, commas, "<" or "&".
      expect(alert.identifier).toMatch(/^[^\s,<&]+$/);
      expect(alert.sent).toMatch(CAP_TIME);
      expect(alert.status).toBe('Actual');
      expect(alert.scope).toBe('Public');
      expect(alert.info.map((info) => info.language), path).toEqual(await written(message));
      expect(alert.info.map((info) => info.language)).toContain('en');
      for (const info of alert.info) {
        expect(info.category).toBe('Infra');
        expect(info.web).toMatch(/^https:\/\/status\.example\.org\//);
        expect(info.area.areaDesc).toBe((site.texts[info.language] ?? site.texts.sv)!.organisationName);
      }
      // Every message it refers to was published before it (they come in publishing order).
      for (const reference of referencesOf(alert)) {
        expect(reference.split(',')).toHaveLength(3);
        const [sender, identifier, sent] = reference.split(',');
        expect(sender).toBe('status.example.org');
        expect(identifiers.has(identifier!), reference).toBe(true);
        expect(Date.parse(sent!)).toBeLessThanOrEqual(Date.parse(alert.sent));
      }
      expect(alert.msgType === 'Alert').toBe(alert.references === undefined);
      identifiers.add(alert.identifier);
      types.add(alert.msgType);
    }
    expect(await capSchemaErrorsOfMany(documents)).toEqual([]);
    expect(identifiers.size).toBe(messages.length);
    expect([...types].sort()).toEqual(expect.arrayContaining(['Alert', 'Update']));
  });
});

describe('an incident as a chain of messages', () => {
  it('starts with an Alert, follows with Updates that reference every earlier message, and ends all clear', async () => {
    const { app, db, clock, service } = await siteWithService();
    const opened = await openIncident(
      db,
      clock,
      {
        slug: 'it-angrepp',
        impact: 'major',
        texts: {
          sv: { title: 'IT-angrepp', whatYouShouldDo: 'Ring oss i stället.', whoToContact: 'Kontaktcenter, 0123-45 67 00.' },
          en: { title: 'Cyber attack', whatYouShouldDo: 'Call us instead.', whoToContact: 'Contact centre, 0123-45 67 00.' },
        },
      },
      { texts: { sv: 'Mina sidor fungerar inte.', en: 'My pages are down.' }, changes: [{ serviceId: service.id, to: 'down' }] },
    );
    clock.set('2026-02-12T10:00:00Z');
    const second = await publish(db, clock, { incidentId: opened.incidentId, texts: { sv: 'Vi arbetar med saken.', en: 'We are working on it.' } });
    clock.set('2026-07-01T08:30:00Z'); // summer time
    const last = await publish(db, clock, {
      incidentId: opened.incidentId,
      phase: 'resolved',
      texts: { sv: 'Allt fungerar igen.', en: 'Everything works again.' },
      changes: [{ serviceId: service.id, to: 'operational' }],
    });

    const first = (await fetchCap(app, capAlertPath(opened.update!.uid, null))).alert;
    const middle = (await fetchCap(app, capAlertPath(second.uid, null))).alert;
    const end = (await fetchCap(app, capAlertPath(last.uid, null))).alert;

    expect(first.msgType).toBe('Alert');
    expect(first.sent).toBe('2026-02-11T14:00:00+01:00');
    expect(first.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.references).toBeUndefined();
    expect(first.incidents).toBe('it-angrepp');
    const [sv, en] = first.info;
    expect(sv).toMatchObject({
      language: 'sv',
      event: 'Driftstörning',
      responseType: 'Monitor',
      urgency: 'Immediate',
      severity: 'Moderate',
      certainty: 'Observed',
      senderName: 'Testby kommun',
      headline: 'IT-angrepp',
      description: 'Mina sidor fungerar inte.\n\nMina sidor: Fungerar → Ur funktion',
      instruction: 'Ring oss i stället.',
      contact: 'Kontaktcenter, 0123-45 67 00.',
      area: { areaDesc: 'Testby kommun' },
    });
    expect(sv!.web).toBe(`https://status.example.org/handelser/it-angrepp#update-${opened.update!.updateId}`);
    expect(en).toMatchObject({
      language: 'en',
      event: 'Service disruption',
      headline: 'Cyber attack',
      description: 'My pages are down.\n\nMy pages: Operational → Down',
      instruction: 'Call us instead.',
    });
    expect(en!.web).toBe(`https://status.example.org/en/incidents/it-angrepp#update-${opened.update!.updateId}`);

    expect(middle.msgType).toBe('Update');
    expect(referencesOf(middle)).toEqual([triplet(first)]);
    // A text-only update still speaks for the incident's services: Mina sidor is still down.
    expect(middle.info[0]).toMatchObject({ urgency: 'Immediate', responseType: 'Monitor', severity: 'Moderate' });

    expect(end.msgType).toBe('Update');
    expect(end.sent).toBe('2026-07-01T10:30:00+02:00');
    expect(referencesOf(end)).toEqual([triplet(first), triplet(middle)]);
    expect(end.info[0]).toMatchObject({ responseType: 'AllClear', urgency: 'Past', severity: 'Minor', certainty: 'Observed' });
    // Over: nothing left to do instead.
    expect(end.info[0]!.instruction).toBeUndefined();
  });

  it('sends a correction as a new Update that references the message it corrects, and keeps the original', async () => {
    const { app, db, clock, service } = await siteWithService();
    const incident = await makeIncident(db, clock, { slug: 'telefoni' });
    const original = await publish(db, clock, {
      incidentId: incident.id,
      texts: { sv: 'Växeln svarar inte.', en: 'The switchboard does not answer.' },
      changes: [{ serviceId: service.id, to: 'down' }],
    });
    clock.set('2026-02-11T15:30:00Z');
    const correctionId = await correctUpdate(db, clock, {
      updateId: original.updateId,
      texts: {
        sv: { body: 'Växeln svarar inte före kl. 10.', reason: 'Fel tid i första texten.' },
        en: { body: 'The switchboard does not answer before 10.', reason: 'Wrong time in the first text.' },
      },
    });

    const first = (await fetchCap(app, capAlertPath(original.uid, null))).alert;
    const corrected = (await fetchCap(app, capAlertPath(original.uid, correctionId))).alert;
    expect(first.msgType).toBe('Alert');
    expect(first.info[0]!.description).toBe('Växeln svarar inte.\n\nMina sidor: Fungerar → Ur funktion');
    expect(corrected.msgType).toBe('Update');
    expect(corrected.identifier).not.toBe(first.identifier);
    expect(corrected.sent).toBe('2026-02-11T16:30:00+01:00');
    expect(referencesOf(corrected)).toEqual([triplet(first)]);
    expect(corrected.info[0]!.headline).toBe('Händelse telefoni (Rättad 11 februari 2026 kl. 16.30)');
    expect(corrected.info[0]!.description).toBe(
      'Rättelse: Fel tid i första texten.\n\nVäxeln svarar inte före kl. 10.\n\nMina sidor: Fungerar → Ur funktion',
    );
    expect(corrected.info[1]!.description).toMatch(/^Correction: Wrong time in the first text\.\n\nThe switchboard does not answer before 10\./);

    // The index lists the correction first, as the newest message.
    const index = await (await app.request('/cap/index.atom')).text();
    expect(index.indexOf(corrected.identifier)).toBeLessThan(index.indexOf(first.identifier));
    expect(index.indexOf(first.identifier)).toBeGreaterThan(0);
  });
});

describe('standalone service updates', () => {
  it('thread per service episode: down, still down, restored (all clear), then a new Alert when it fails again', async () => {
    const { app, db, clock, service } = await siteWithService();
    const down = await publish(db, clock, { texts: { sv: 'Mina sidor är nere.', en: 'My pages are down.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    clock.set('2026-02-11T14:00:00Z');
    const still = await publish(db, clock, { texts: { sv: 'Fortfarande nere.', en: 'Still down.' }, mentions: [service.id] });
    // An incident's update about the same service is not part of the service's thread.
    const incident = await makeIncident(db, clock, { slug: 'annat' });
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Annat.', en: 'Other.' }, mentions: [service.id] });
    clock.set('2026-02-11T15:00:00Z');
    const restored = await publish(db, clock, { texts: { sv: 'Fungerar igen.', en: 'Works again.' }, changes: [{ serviceId: service.id, to: 'operational' }] });
    clock.set('2026-02-12T09:00:00Z');
    const again = await publish(db, clock, { texts: { sv: 'Nere igen.', en: 'Down again.' }, changes: [{ serviceId: service.id, to: 'degraded' }] });

    const [a, b, c, d] = await Promise.all(
      [down, still, restored, again].map(async (update) => (await fetchCap(app, capAlertPath(update.uid, null))).alert),
    );
    expect(a!.msgType).toBe('Alert');
    expect(a!.incidents).toBeUndefined();
    expect(a!.info[0]).toMatchObject({
      event: 'Ändrad driftstatus',
      headline: 'Mina sidor: Ur funktion',
      instruction: 'Ring kontaktcenter på 0123-45 67 00.',
      urgency: 'Immediate',
      severity: 'Moderate',
    });
    expect(a!.info[0]!.web).toBe(`https://status.example.org/tjanster/mina-sidor#update-${down.updateId}`);
    expect(a!.info[1]).toMatchObject({ event: 'Service status change', instruction: 'Call the contact centre on 0123-45 67 00.' });
    expect(b!.msgType).toBe('Update');
    expect(referencesOf(b!)).toEqual([triplet(a!)]);
    expect(b!.info[0]!.headline).toBe('Mina sidor');
    expect(c!.msgType).toBe('Update');
    expect(referencesOf(c!)).toEqual([triplet(a!), triplet(b!)]);
    expect(c!.info[0]).toMatchObject({ responseType: 'AllClear', urgency: 'Past' });
    expect(c!.info[0]!.instruction).toBeUndefined();
    expect(d!.msgType).toBe('Alert');
    expect(d!.references).toBeUndefined();
    expect(d!.info[0]).toMatchObject({ severity: 'Minor', certainty: 'Observed', urgency: 'Immediate' });
  });
});

describe('planned maintenance', () => {
  it('announces with Prepare and the window as onset and expiry, and a cancellation is a Cancel', async () => {
    const { app, db, clock, service } = await siteWithService();
    const { incidentId, update: announced } = await scheduleMaintenance(db, clock, {
      slug: 'byte-av-server',
      texts: { sv: { title: 'Byte av server' }, en: { title: 'Server replacement' } },
      serviceIds: [service.id],
      startsAt: new Date('2026-03-03T17:00:00Z'),
      endsAt: new Date('2026-03-03T19:00:00Z'),
    });
    clock.set('2026-02-20T09:00:00Z');
    const cancelled = await changeMaintenanceStatus(db, clock, { incidentId, to: 'cancelled' });

    const first = (await fetchCap(app, capAlertPath(announced.uid, null))).alert;
    expect(first.msgType).toBe('Alert');
    expect(first.info[0]).toMatchObject({
      event: 'Planerat underhåll',
      responseType: 'Prepare',
      urgency: 'Future',
      certainty: 'Likely',
      onset: '2026-03-03T18:00:00+01:00',
      expires: '2026-03-03T20:00:00+01:00',
      headline: 'Byte av server',
    });
    const end = (await fetchCap(app, capAlertPath(cancelled.uid, null))).alert;
    expect(end.msgType).toBe('Cancel');
    expect(referencesOf(end)).toEqual([triplet(first)]);
    expect(end.info[0]).toMatchObject({ responseType: 'None', urgency: 'Past' });
    expect(end.info[0]!.onset).toBeUndefined();
  });
});

describe('languages', () => {
  it('gives one info per offered language the update was written in, each with its own language tag and text', async () => {
    const { app, db, clock, service } = await siteWithService();
    await saveSite(db, clock, {
      publicUrl: 'https://status.example.org',
      offeredLocales: ['sv', 'en', 'fi'],
      timeZone: 'Europe/Stockholm',
      texts: {
        sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby' },
        en: { organisationName: 'Testby Municipality', siteTitle: 'Testby service status' },
        fi: { organisationName: 'Testbyn kunta', siteTitle: 'Testbyn palvelujen tila' },
      },
    });
    const three = await publish(db, clock, {
      texts: { sv: 'Mina sidor är nere.', en: 'My pages are down.', fi: 'Omat sivut eivät toimi.' },
      changes: [{ serviceId: service.id, to: 'down' }],
    });
    const swedishOnly = await publish(db, clock, { texts: { sv: 'Bara på svenska.' }, mentions: [service.id] });

    const all = (await fetchCap(app, capAlertPath(three.uid, null))).alert;
    expect(all.info.map((info) => [info.language, info.description?.split('\n')[0], info.senderName])).toEqual([
      ['sv', 'Mina sidor är nere.', 'Testby kommun'],
      ['en', 'My pages are down.', 'Testby Municipality'],
      ['fi', 'Omat sivut eivät toimi.', 'Testbyn kunta'],
    ]);
    // Each info links to the page in its own language.
    expect(all.info[2]!.web).toBe(`https://status.example.org/fi/palvelut/mina-sidor#update-${three.updateId}`);
    const one = (await fetchCap(app, capAlertPath(swedishOnly.uid, null))).alert;
    expect(one.info.map((info) => info.language)).toEqual(['sv']);
  });
});

describe('hostile text', () => {
  for (const hostile of HOSTILE_TEXTS) {
    it(`keeps ${hostile.name} well-formed, valid and exact`, async () => {
      const { app, db, clock, service } = await siteWithService();
      const incident = await makeIncident(db, clock, {
        texts: { sv: { title: hostile.text, whatYouShouldDo: hostile.text, whoToContact: hostile.text } },
      });
      const update = await publish(db, clock, { incidentId: incident.id, texts: { sv: hostile.text }, mentions: [service.id] });
      const { xml, alert } = await fetchCap(app, capAlertPath(update.uid, null));
      expect(xml).not.toContain('<script');
      expect(xml).not.toContain('<img');
      expect(alert.info[0]).toMatchObject({
        headline: hostile.stored,
        description: hostile.stored,
        instruction: hostile.stored,
        contact: hostile.stored,
      });
    });
  }

  it('keeps hostile service and organisation names exact, and the index well-formed', async () => {
    const { app, db, clock } = await createTestApp();
    await saveSite(db, clock, {
      publicUrl: 'https://status.example.org',
      offeredLocales: ['sv', 'en'],
      timeZone: 'Europe/Stockholm',
      texts: { sv: { organisationName: LITERAL_ENTITIES, siteTitle: MARKUP }, en: { organisationName: 'Testby', siteTitle: 'Testby' } },
    });
    const group = await makeGroup(db, clock);
    const service = await makeService(db, clock, { groupId: group, sv: { name: MARKUP, workaround: LITERAL_ENTITIES } });
    const update = await publish(db, clock, { texts: { sv: ']]> <![CDATA[ x' }, changes: [{ serviceId: service.id, to: 'lost' }] });
    const { alert } = await fetchCap(app, capAlertPath(update.uid, null));
    expect(alert.info[0]).toMatchObject({
      headline: `${MARKUP}: Kommer inte att återställas`,
      instruction: LITERAL_ENTITIES,
      senderName: LITERAL_ENTITIES,
      area: { areaDesc: LITERAL_ENTITIES },
    });
  });
});

describe('addresses and serving', () => {
  it('answers 404 for a name that cannot be a message, an unknown update and a correction of another update', async () => {
    const { app, db, clock, service } = await siteWithService();
    const one = await publish(db, clock, { texts: { sv: 'Ett.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const two = await publish(db, clock, { texts: { sv: 'Två.' }, mentions: [service.id] });
    const correctionOfTwo = await correctUpdate(db, clock, { updateId: two.updateId, texts: { sv: { body: 'Två!', reason: 'Stavning.' } } });
    for (const path of [
      '/cap/alerts/nope.xml',
      '/cap/alerts/..%2F..%2Fetc.xml',
      `/cap/alerts/${one.uid}.json`,
      `/cap/alerts/${one.uid.toUpperCase()}.xml`,
      `/cap/alerts/${crypto.randomUUID()}.xml`,
      capAlertPath(one.uid, correctionOfTwo),
      `/cap/alerts/${one.uid}-correction-0.xml`,
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
    expect((await app.request(capAlertPath(two.uid, correctionOfTwo))).status).toBe(200);
  });

  it('is cached per revision with ETag and 304, open to other origins, and moves on with a publication', async () => {
    const { app, db, clock, service } = await siteWithService();
    const update = await publish(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    for (const path of ['/cap/index.atom', capAlertPath(update.uid, null)]) {
      const response = await app.request(path, { headers: { Origin: 'https://krisinformation.example' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const etag = response.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"/);
      const again = await app.request(path, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
    const before = (await app.request('/cap/index.atom')).headers.get('etag');
    await publish(db, clock, { texts: { sv: 'Fortfarande nere.' }, mentions: [service.id] });
    const after = await app.request('/cap/index.atom', { headers: { 'If-None-Match': before! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect((await after.text()).match(/<entry>/g)).toHaveLength(2);
  });

  it('rejects a message the schema would refuse (the validator is real)', async () => {
    const { app, db, clock, service } = await siteWithService();
    const update = await publish(db, clock, { texts: { sv: 'Nere.' }, changes: [{ serviceId: service.id, to: 'down' }] });
    const xml = await (await app.request(capAlertPath(update.uid, null))).text();
    expect(await capSchemaErrors(xml)).toEqual([]);
    expect(await capSchemaErrors(xml.replace('<category>Infra</category>', '<category>Internet</category>'))).not.toEqual([]);
    expect(await capSchemaErrors(xml.replace(/(<sent>[^<]*)\+01:00/, '$1.5+01:00'))).not.toEqual([]);
    expect(await capSchemaErrors(xml.replace(/<sender>[^<]*<\/sender>/, ''))).not.toEqual([]);
    // Many at once (as for the example data): the one invalid document is named.
    const batch = await capSchemaErrorsOfMany([
      { name: 'good', xml },
      { name: 'bad', xml: xml.replace('<status>Actual</status>', '<status>Real</status>') },
      { name: 'also good', xml },
    ]);
    expect(batch.length).toBeGreaterThan(0);
    expect(batch.filter((error) => !error.startsWith('bad: '))).toEqual([]);
  });
});
