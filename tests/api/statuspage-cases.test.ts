/**
 * The Statuspage v2 documents for data each test builds itself: groups with their services,
 * a resolved incident, an update that changes two services, corrections, the indicator rules,
 * ordering, hostile text and language fallback. Every document read here is also checked
 * against the Statuspage schema (./helpers.ts statuspage()).
 */
import { describe, expect, it } from 'vitest';
import type { ServiceStatus } from '../../src/domain/status';
import { correctUpdate } from '../../src/store/publishing';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeIncident, makeService, publish, setStatus } from '../helpers/factories';
import { HOSTILE_TEXTS, MARKUP } from '../helpers/hostile';
import { expectStatuspageDocument, statuspage, statuspageErrors } from './helpers';

const HOUR = 3_600_000;

async function siteWithGroups() {
  const context = await createTestApp();
  const { db, clock } = context;
  const eServices = await makeGroup(db, clock, { sv: 'E-tjänster', en: 'E-services' });
  const phones = await makeGroup(db, clock, { sv: 'Telefoni', en: 'Telephony' });
  const empty = await makeGroup(db, clock, { sv: 'Tom grupp', en: 'Empty group' });
  const minaSidor = await makeService(db, clock, { groupId: eServices, slug: 'mina-sidor', sv: { name: 'Mina sidor', description: 'Inloggning för invånare' } });
  const bygglov = await makeService(db, clock, { groupId: eServices, slug: 'bygglov', sv: { name: 'Bygglov' } });
  const vaxel = await makeService(db, clock, { groupId: phones, slug: 'vaxel', sv: { name: 'Växeln' } });
  return { ...context, groups: { eServices, phones, empty }, services: { minaSidor, bygglov, vaxel } };
}

describe('components', () => {
  it('puts each group before its services, skips empty groups, and shows a group as its worst service', async () => {
    const site = await siteWithGroups();
    await setStatus(site.db, site.clock, site.services.minaSidor.id, 'degraded');
    await setStatus(site.db, site.clock, site.services.bygglov.id, 'rebuilding');
    const { components } = await statuspage(site, '/api/v2/components.json');
    expect(components.map((component: any) => [component.position, component.id, component.status, component.group_id])).toEqual([
      [1, expect.stringMatching(/^group-/), 'major_outage', null],
      [2, 'service-mina-sidor', 'degraded_performance', components[0].id],
      [3, 'service-bygglov', 'major_outage', components[0].id],
      [4, expect.stringMatching(/^group-/), 'operational', null],
      [5, 'service-vaxel', 'operational', components[3].id],
    ]);
    expect(components[0]).toMatchObject({ name: 'E-tjänster', group: true, components: ['service-mina-sidor', 'service-bygglov'], description: null });
    expect(components[1]).toMatchObject({ name: 'Mina sidor', group: false, description: 'Inloggning för invånare', showcase: false, only_show_if_degraded: false, start_date: null });
    expect(components[1]).not.toHaveProperty('components');
    expect(components.some((component: any) => component.name === 'Tom grupp')).toBe(false);
  });

  it('maps every status of ours to the Statuspage status DOMAIN.md gives it', async () => {
    const expected: Record<ServiceStatus, string> = {
      operational: 'operational',
      degraded: 'degraded_performance',
      down: 'major_outage',
      investigating: 'partial_outage',
      rebuilding: 'major_outage',
      lost: 'major_outage',
      maintenance: 'under_maintenance',
    };
    const context = await createTestApp();
    const group = await makeGroup(context.db, context.clock);
    for (const status of Object.keys(expected) as ServiceStatus[]) {
      const service = await makeService(context.db, context.clock, { groupId: group, slug: `s-${status}` });
      if (status !== 'operational') await setStatus(context.db, context.clock, service.id, status);
    }
    const { components } = await statuspage(context, '/api/v2/components.json');
    for (const [status, statuspageStatus] of Object.entries(expected)) {
      expect(components.find((component: any) => component.id === `service-s-${status}`).status, status).toBe(statuspageStatus);
    }
  });
});

describe('status indicator', () => {
  async function indicatorFor(statuses: ServiceStatus[]) {
    const context = await createTestApp();
    const group = await makeGroup(context.db, context.clock);
    for (const status of statuses) {
      const service = await makeService(context.db, context.clock, { groupId: group });
      if (status !== 'operational') await setStatus(context.db, context.clock, service.id, status);
    }
    return (await statuspage(context, '/api/v2/status.json')).status;
  }

  it('is none when everything works, maintenance when only planned work, minor for impaired, major for one outage, critical for a broad one', async () => {
    expect(await indicatorFor([])).toMatchObject({ indicator: 'none' });
    expect(await indicatorFor(['operational', 'operational'])).toEqual({ indicator: 'none', description: 'Alla tjänster fungerar.' });
    expect((await indicatorFor(['operational', 'maintenance'])).indicator).toBe('maintenance');
    expect((await indicatorFor(['operational', 'degraded'])).indicator).toBe('minor');
    expect((await indicatorFor(['operational', 'investigating', 'maintenance'])).indicator).toBe('minor');
    expect((await indicatorFor(['operational', 'operational', 'operational', 'down'])).indicator).toBe('major');
    expect((await indicatorFor(['operational', 'operational', 'operational', 'down', 'lost'])).indicator).toBe('major');
    expect((await indicatorFor(['operational', 'down', 'rebuilding', 'degraded'])).indicator).toBe('critical');
  });
});

describe('incidents', () => {
  it('resolves: status, monitoring_at and resolved_at from the updates; gone from unresolved and the summary', async () => {
    const site = await siteWithGroups();
    const { db, clock } = site;
    const incident = await makeIncident(db, clock, { slug: 'inloggningen', impact: 'minor', serviceIds: [site.services.minaSidor.id] });
    await publish(db, clock, { incidentId: incident.id, phase: 'investigating', texts: { sv: 'Vi undersöker.' } });
    clock.advance(HOUR);
    const monitoringAt = clock.now();
    await publish(db, clock, { incidentId: incident.id, phase: 'monitoring', texts: { sv: 'Vi bevakar.' } });
    clock.advance(HOUR);
    await publish(db, clock, { incidentId: incident.id, texts: { sv: 'Fortfarande lugnt.' } });
    clock.advance(HOUR);
    const resolvedAt = clock.now();
    await publish(db, clock, { incidentId: incident.id, phase: 'resolved', texts: { sv: 'Löst.' } });

    const { incidents } = await statuspage(site, '/api/v2/incidents.json');
    expect(incidents).toHaveLength(1);
    const [resolved] = incidents;
    expect(resolved).toMatchObject({ id: 'inloggningen', status: 'resolved', impact: 'minor' });
    expect(Date.parse(resolved.monitoring_at)).toBe(monitoringAt.getTime());
    expect(Date.parse(resolved.resolved_at)).toBe(resolvedAt.getTime());
    expect(Date.parse(resolved.updated_at)).toBe(resolvedAt.getTime());
    // Newest first; an update that set no phase carries the one before it.
    expect(resolved.incident_updates.map((update: any) => [update.status, update.body])).toEqual([
      ['resolved', 'Löst.'],
      ['monitoring', 'Fortfarande lugnt.'],
      ['monitoring', 'Vi bevakar.'],
      ['investigating', 'Vi undersöker.'],
    ]);
    expect(resolved.components.map((component: any) => component.id)).toEqual(['service-mina-sidor']);
    expect((await statuspage(site, '/api/v2/incidents/unresolved.json')).incidents).toEqual([]);
    expect((await statuspage(site, '/api/v2/summary.json')).incidents).toEqual([]);
  });

  it('lists what one update did to two services, old and new status in Statuspage words; null when it changed none', async () => {
    const site = await siteWithGroups();
    const { db, clock } = site;
    const incident = await makeIncident(db, clock, { slug: 'angrepp', impact: 'critical' });
    await publish(db, clock, { incidentId: incident.id, phase: 'investigating', texts: { sv: 'Något har hänt.' } });
    clock.advance(HOUR);
    await publish(db, clock, {
      incidentId: incident.id,
      phase: 'identified',
      texts: { sv: 'Två tjänster påverkas.', en: 'Two services are affected.' },
      changes: [
        { serviceId: site.services.vaxel.id, to: 'down' },
        { serviceId: site.services.minaSidor.id, to: 'degraded' },
      ],
      mentions: [site.services.bygglov.id],
    });
    const [current] = (await statuspage(site, '/api/v2/incidents/unresolved.json')).incidents;
    const [latest, first] = current.incident_updates;
    // In page order, whatever order the editor entered them in.
    expect(latest.affected_components).toEqual([
      { code: 'service-mina-sidor', name: 'Mina sidor', old_status: 'operational', new_status: 'degraded_performance' },
      { code: 'service-vaxel', name: 'Växeln', old_status: 'operational', new_status: 'major_outage' },
    ]);
    expect(first.affected_components).toBeNull();
    // The incident's components: every service it concerns, mentioned ones too, in page order, as they are now.
    expect(current.components.map((component: any) => [component.id, component.status])).toEqual([
      ['service-mina-sidor', 'degraded_performance'],
      ['service-bygglov', 'operational'],
      ['service-vaxel', 'major_outage'],
    ]);
    const english = (await statuspage(site, '/api/v2/incidents/unresolved.json', '?lang=en')).incidents[0];
    expect(english.incident_updates[0].body).toBe('Two services are affected.');
    expect(english.incident_updates[0].affected_components[0].name).toBe('Service mina-sidor');
    // An update written only in Swedish is given in Swedish: Statuspage has no field for "not translated".
    expect(english.incident_updates[1].body).toBe('Något har hänt.');
  });

  it('shows a corrected update with its corrected text, same id, and the correction time as updated_at', async () => {
    const site = await siteWithGroups();
    const { db, clock } = site;
    const incident = await makeIncident(db, clock, { slug: 'rattelse' });
    const published = await publish(db, clock, { incidentId: incident.id, phase: 'investigating', texts: { sv: 'Fel klockslag: kl. 10.' } });
    clock.advance(2 * HOUR);
    await correctUpdate(db, clock, { updateId: published.updateId, texts: { sv: { body: 'Rätt klockslag: kl. 12.', reason: 'Fel tid.' } } });
    const [shown] = (await statuspage(site, '/api/v2/incidents.json')).incidents;
    const [update] = shown.incident_updates;
    expect(update).toMatchObject({ id: published.uid, body: 'Rätt klockslag: kl. 12.' });
    expect(Date.parse(update.updated_at) - Date.parse(update.created_at)).toBe(2 * HOUR);
    expect(update.display_at).toBe(update.created_at);
    expect(shown.updated_at).toBe(update.updated_at);
  });

  it('lists the most recently started first, at most 50', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const start = clock.now().getTime();
    for (let index = 0; index < 52; index++) {
      // Opened in an order that is not the order they started in.
      await makeIncident(db, clock, { slug: `handelse-${index}`, startedAt: new Date(start - ((index * 7) % 52) * HOUR) });
    }
    const { incidents } = await statuspage(context, '/api/v2/incidents.json');
    expect(incidents).toHaveLength(50);
    const starts = incidents.map((incident: any) => Date.parse(incident.started_at));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(incidents[0].id).toBe('handelse-0');
  });
});

describe('text', () => {
  it('keeps hostile text exactly, as valid JSON', async () => {
    const context = await createTestApp();
    const { db, clock } = context;
    const group = await makeGroup(db, clock, { sv: MARKUP, en: MARKUP });
    const texts = HOSTILE_TEXTS.filter((entry) => !entry.announced);
    for (const [index, entry] of texts.entries()) {
      const service = await makeService(db, clock, { groupId: group, slug: `fientlig-${index}`, sv: { name: entry.text } });
      await publish(db, clock, { texts: { sv: entry.text }, changes: [{ serviceId: service.id, to: 'down' }] });
    }
    const incident = await makeIncident(db, clock, { texts: { sv: { title: MARKUP } } });
    await publish(db, clock, { incidentId: incident.id, phase: 'investigating', texts: { sv: `${MARKUP}\n\n${texts[3]!.text}` } });
    const response = await context.app.request('/api/v2/summary.json');
    const raw = await response.text();
    const summary = JSON.parse(raw);
    expectStatuspageDocument('/api/v2/summary.json', summary);
    expect(summary.components[0].name).toBe(MARKUP);
    for (const [index, entry] of texts.entries()) {
      expect(summary.components.find((component: any) => component.id === `service-fientlig-${index}`).name, entry.name).toBe(entry.stored);
    }
    expect(summary.incidents[0].name).toBe(MARKUP);
    expect(summary.incidents[0].incident_updates[0].body).toBe(`${MARKUP}\n\n${texts[3]!.stored}`);
    // Nothing HTML-escaped on the way: the markup is in the JSON as the editor typed it.
    expect(raw).toContain('"<script>alert(1)</script> ]]> \\"quotes\\" \'apos\' & <img src=x onerror=alert(1)>"');
  });
});

describe('the schema itself', () => {
  it('refuses what Statuspage would not send: unknown enums, missing or extra fields, wrong types', async () => {
    const site = await siteWithGroups();
    const valid = await statuspage(site, '/api/v2/summary.json');
    const broken = (change: (document: any) => void) => {
      const copy = structuredClone(valid);
      change(copy);
      return statuspageErrors('summary.json', copy).length;
    };
    expect(broken(() => {})).toBe(0);
    expect(broken((document) => (document.components[1].status = 'degraded'))).toBeGreaterThan(0);
    expect(broken((document) => delete document.components[1].only_show_if_degraded)).toBeGreaterThan(0);
    expect(broken((document) => (document.components[1].displayed_at = 'x'))).toBeGreaterThan(0);
    expect(broken((document) => (document.components[1].position = '2'))).toBeGreaterThan(0);
    expect(broken((document) => (document.components[1].components = []))).toBeGreaterThan(0);
    expect(broken((document) => delete document.components[0].components)).toBeGreaterThan(0);
    expect(broken((document) => (document.page.updated_at = '11 februari 2026'))).toBeGreaterThan(0);
    expect(broken((document) => (document.status.indicator = 'ok'))).toBeGreaterThan(0);
  });
});
