/**
 * Planned maintenance in the Statuspage v2 documents, through its life: scheduled (upcoming),
 * under way (active, its services under maintenance), verifying, completed; a cancelled one
 * leaves the v2 documents (Statuspage has no such status) and stays in the native API.
 */
import { describe, expect, it } from 'vitest';
import { applyDueMaintenanceTransitions, changeMaintenanceStatus, scheduleMaintenance } from '../../src/store/maintenance';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';
import { getJson, statuspage } from './helpers';

const HOUR = 3_600_000;

async function siteWithMaintenance() {
  const context = await createTestApp();
  const { db, clock } = context;
  const group = await makeGroup(db, clock);
  const library = await makeService(db, clock, { groupId: group, slug: 'bibliotek', sv: { name: 'Biblioteket' } });
  await makeService(db, clock, { groupId: group, slug: 'bygglov' });
  const startsAt = new Date(clock.now().getTime() + 24 * HOUR);
  const endsAt = new Date(startsAt.getTime() + 3 * HOUR);
  const { incidentId } = await scheduleMaintenance(db, clock, {
    slug: 'flytt-av-biblioteket',
    texts: { sv: { title: 'Biblioteket flyttar' }, en: { title: 'The library moves' } },
    serviceIds: [library.id],
    startsAt,
    endsAt,
    announcement: { sv: 'Vi flyttar bibliotekssystemet.', en: 'We are moving the library system.' },
  });
  return { ...context, incidentId, startsAt, endsAt };
}

const ids = (document: { scheduled_maintenances: { id: string }[] }) => document.scheduled_maintenances.map((maintenance) => maintenance.id);

describe('planned maintenance in Statuspage v2', () => {
  it('is upcoming when scheduled: its window, impact "maintenance", its services; never among the incidents', async () => {
    const site = await siteWithMaintenance();
    const upcoming = await statuspage(site, '/api/v2/scheduled-maintenances/upcoming.json');
    expect(ids(upcoming)).toEqual(['flytt-av-biblioteket']);
    const [maintenance] = upcoming.scheduled_maintenances;
    expect(maintenance).toMatchObject({
      name: 'Biblioteket flyttar',
      status: 'scheduled',
      impact: 'maintenance',
      monitoring_at: null,
      resolved_at: null,
      shortlink: 'https://status.example.org/handelser/flytt-av-biblioteket',
    });
    expect(Date.parse(maintenance.scheduled_for)).toBe(site.startsAt.getTime());
    expect(Date.parse(maintenance.scheduled_until)).toBe(site.endsAt.getTime());
    expect(maintenance.components.map((component: any) => [component.id, component.status])).toEqual([['service-bibliotek', 'operational']]);
    expect(maintenance.incident_updates.map((update: any) => [update.status, update.body, update.incident_id])).toEqual([
      ['scheduled', 'Vi flyttar bibliotekssystemet.', 'flytt-av-biblioteket'],
    ]);
    expect((await statuspage(site, '/api/v2/scheduled-maintenances/upcoming.json', '?lang=en')).scheduled_maintenances[0].name).toBe('The library moves');
    expect(ids(await statuspage(site, '/api/v2/scheduled-maintenances/active.json'))).toEqual([]);
    expect(ids(await statuspage(site, '/api/v2/summary.json'))).toEqual(['flytt-av-biblioteket']);
    expect((await statuspage(site, '/api/v2/incidents.json')).incidents).toEqual([]);
    expect((await statuspage(site, '/api/v2/summary.json')).incidents).toEqual([]);
    expect((await statuspage(site, '/api/v2/status.json')).status.indicator).toBe('none');
  });

  it('is active from its start, even before the timer has recorded it; then its services are under maintenance', async () => {
    const site = await siteWithMaintenance();
    expect(ids(await statuspage(site, '/api/v2/scheduled-maintenances/upcoming.json'))).toEqual(['flytt-av-biblioteket']);
    site.clock.set(new Date(site.startsAt.getTime() + 60_000));
    const active = await statuspage(site, '/api/v2/scheduled-maintenances/active.json');
    expect(active.scheduled_maintenances.map((maintenance: any) => [maintenance.id, maintenance.status])).toEqual([['flytt-av-biblioteket', 'in_progress']]);
    expect(ids(await statuspage(site, '/api/v2/scheduled-maintenances/upcoming.json'))).toEqual([]);

    await applyDueMaintenanceTransitions(site.db, site.clock);
    const summary = await statuspage(site, '/api/v2/summary.json');
    expect(summary.status.indicator).toBe('maintenance');
    expect(summary.components.find((component: any) => component.id === 'service-bibliotek').status).toBe('under_maintenance');
    const [started] = summary.scheduled_maintenances[0].incident_updates;
    expect(started).toMatchObject({ status: 'in_progress' });
    expect(started.affected_components).toEqual([{ code: 'service-bibliotek', name: 'Biblioteket', old_status: 'operational', new_status: 'under_maintenance' }]);
  });

  it('moves on to verifying (monitoring_at) and completed (resolved_at), then only the full list has it', async () => {
    const site = await siteWithMaintenance();
    site.clock.set(new Date(site.startsAt.getTime() + 60_000));
    await applyDueMaintenanceTransitions(site.db, site.clock);
    site.clock.advance(HOUR);
    const verifyingAt = site.clock.now();
    await changeMaintenanceStatus(site.db, site.clock, { incidentId: site.incidentId, to: 'verifying', texts: { sv: 'Vi kontrollerar.' } });
    const verifying = (await statuspage(site, '/api/v2/scheduled-maintenances/active.json')).scheduled_maintenances[0];
    expect(verifying.status).toBe('verifying');
    expect(Date.parse(verifying.monitoring_at)).toBe(verifyingAt.getTime());

    site.clock.advance(HOUR);
    const completedAt = site.clock.now();
    await changeMaintenanceStatus(site.db, site.clock, { incidentId: site.incidentId, to: 'completed', texts: { sv: 'Klart.' } });
    expect(ids(await statuspage(site, '/api/v2/scheduled-maintenances/active.json'))).toEqual([]);
    expect(ids(await statuspage(site, '/api/v2/summary.json'))).toEqual([]);
    const [completed] = (await statuspage(site, '/api/v2/scheduled-maintenances.json')).scheduled_maintenances;
    expect(completed).toMatchObject({ id: 'flytt-av-biblioteket', status: 'completed' });
    expect(Date.parse(completed.resolved_at)).toBe(completedAt.getTime());
    expect(completed.incident_updates.map((update: any) => update.status)).toEqual(['completed', 'verifying', 'in_progress', 'scheduled']);
    expect((await statuspage(site, '/api/v2/components.json')).components.find((component: any) => component.id === 'service-bibliotek').status).toBe(
      'operational',
    );
  });

  it('leaves the v2 documents when cancelled, and stays in the native list as cancelled', async () => {
    const site = await siteWithMaintenance();
    await changeMaintenanceStatus(site.db, site.clock, { incidentId: site.incidentId, to: 'cancelled', texts: { sv: 'Flytten blir inte av.' } });
    for (const path of [
      '/api/v2/scheduled-maintenances.json',
      '/api/v2/scheduled-maintenances/upcoming.json',
      '/api/v2/scheduled-maintenances/active.json',
      '/api/v2/summary.json',
    ] as const) {
      expect(ids(await statuspage(site, path)), path).toEqual([]);
    }
    const { body } = await getJson(site, '/api/v1/maintenances');
    expect(body.maintenances.map((maintenance: any) => [maintenance.slug, maintenance.maintenance.status])).toEqual([['flytt-av-biblioteket', 'cancelled']]);
  });
});
