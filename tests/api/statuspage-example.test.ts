/**
 * The Statuspage v2 documents over the example data (Exempelviks kommun, four weeks into an
 * IT attack, with one maintenance under way and one ahead): every document against the JSON
 * Schema written from Statuspage's documented shapes, and the rules the schema cannot state
 * (ids that refer to each other, order, times with offsets, one story across documents).
 */
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { RFC3339_WITH_OFFSET, statuspage, STATUSPAGE_PATHS } from './helpers';

/** Every timestamp in a document: fields named *_at, scheduled_for and scheduled_until. */
function timestamps(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => timestamps(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key.endsWith('_at') || key === 'scheduled_for' || key === 'scheduled_until') && typeof item === 'string') found.push(item);
      else timestamps(item, found);
    }
  }
  return found;
}

const newestFirst = (times: string[]) => times.every((time, index) => index === 0 || Date.parse(times[index - 1]!) >= Date.parse(time));

describe('Statuspage v2 over the example data', () => {
  it('serves every document, in the default language and in English, valid against the Statuspage schema', async () => {
    const context = await createTestApp({ seed: 'example' });
    for (const path of STATUSPAGE_PATHS) {
      for (const query of ['', '?lang=en']) {
        const document = await statuspage(context, path, query);
        for (const time of timestamps(document)) expect(time, path).toMatch(RFC3339_WITH_OFFSET);
      }
    }
    expect(context.errors).toEqual([]);
  });

  it('describes the page: host as id, the organisation, its address, IANA time zone, the revision time with its offset', async () => {
    const context = await createTestApp({ seed: 'example' });
    const { page } = await statuspage(context, '/api/v2/status.json');
    expect(page).toEqual({
      id: 'status.example.org',
      name: 'Exempelviks kommun',
      url: 'https://status.example.org/',
      time_zone: 'Europe/Stockholm',
      updated_at: expect.stringMatching(/\+01:00$/),
    });
    expect(() => new Intl.DateTimeFormat('sv', { timeZone: page.time_zone })).not.toThrow();
    const english = await statuspage(context, '/api/v2/status.json', '?lang=en');
    expect(english.page).toMatchObject({ id: 'status.example.org', name: 'Exempelvik Municipality', url: 'https://status.example.org/en/' });
    expect(english.status.description).toBe('Several services are not working right now.');
  });

  it('lists groups and their services in one flat list, in page order, each service under its group', async () => {
    const context = await createTestApp({ seed: 'example' });
    const { page, components } = await statuspage(context, '/api/v2/components.json');
    expect(components.map((component: any) => component.position)).toEqual(components.map((_: unknown, index: number) => index + 1));
    const ids = new Set(components.map((component: any) => component.id));
    expect(ids.size).toBe(components.length);
    let currentGroup: any = null;
    for (const component of components) {
      expect(component.page_id).toBe(page.id);
      if (component.group) {
        currentGroup = component;
        expect(component.group_id).toBeNull();
        expect(component.components.length).toBeGreaterThan(0);
      } else {
        // Each service follows its group, in the order the group lists it.
        expect(component.group_id).toBe(currentGroup.id);
        expect(currentGroup.components).toContain(component.id);
      }
    }
    const groups = components.filter((component: any) => component.group);
    expect(groups.map((group: any) => group.name).slice(0, 3)).toEqual(['E-tjänster och webb', 'Telefoni och e-post', 'Vatten och avfall']);
    for (const group of groups) {
      const children = components.filter((component: any) => component.group_id === group.id);
      expect(group.components).toEqual(children.map((child: any) => child.id));
    }
    // The e-mail is being rebuilt: a major outage to Statuspage, and so is its group.
    const email = components.find((component: any) => component.id === 'service-e-post');
    expect(email).toMatchObject({ name: 'Kommunens e-post', status: 'major_outage' });
    expect(groups.find((group: any) => group.id === email.group_id).status).toBe('major_outage');
  });

  it('tells one story across documents: summary = status + components + unresolved incidents + open maintenances', async () => {
    const context = await createTestApp({ seed: 'example' });
    const summary = await statuspage(context, '/api/v2/summary.json');
    expect(summary.status).toEqual((await statuspage(context, '/api/v2/status.json')).status);
    expect(summary.status).toEqual({ indicator: 'major', description: 'Flera tjänster fungerar inte just nu.' });
    expect(summary.components).toEqual((await statuspage(context, '/api/v2/components.json')).components);
    expect(summary.incidents).toEqual((await statuspage(context, '/api/v2/incidents/unresolved.json')).incidents);
    const upcoming = (await statuspage(context, '/api/v2/scheduled-maintenances/upcoming.json')).scheduled_maintenances;
    const active = (await statuspage(context, '/api/v2/scheduled-maintenances/active.json')).scheduled_maintenances;
    expect(upcoming.map((maintenance: any) => maintenance.status)).toEqual(['scheduled']);
    expect(active.map((maintenance: any) => maintenance.status)).toEqual(['in_progress']);
    expect([...summary.scheduled_maintenances].sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual(
      [...upcoming, ...active].sort((a: any, b: any) => a.id.localeCompare(b.id)),
    );
  });

  it('lists incidents and their updates newest first, every update naming its incident, maintenance kept apart', async () => {
    const context = await createTestApp({ seed: 'example' });
    const { incidents } = await statuspage(context, '/api/v2/incidents.json');
    expect(incidents.map((incident: any) => incident.id)).toEqual(['telefoni', 'it-angrepp']);
    expect(newestFirst(incidents.map((incident: any) => incident.started_at))).toBe(true);
    for (const incident of incidents) {
      expect(incident.incident_updates.length).toBeGreaterThan(0);
      expect(newestFirst(incident.incident_updates.map((update: any) => update.display_at))).toBe(true);
      for (const update of incident.incident_updates) expect(update.incident_id).toBe(incident.id);
      expect(incident.shortlink).toBe(`https://status.example.org/handelser/${incident.id}`);
    }
    const telephony = incidents[0];
    expect(telephony).toMatchObject({ status: 'resolved', impact: 'major', resolved_at: expect.any(String), monitoring_at: expect.any(String) });
    expect(telephony.incident_updates[0].status).toBe('resolved');
    const { scheduled_maintenances: maintenances } = await statuspage(context, '/api/v2/scheduled-maintenances.json');
    expect(maintenances.length).toBeGreaterThanOrEqual(2);
    for (const maintenance of maintenances) {
      expect(maintenance.impact).toBe('maintenance');
      expect(Date.parse(maintenance.scheduled_until)).toBeGreaterThan(Date.parse(maintenance.scheduled_for));
    }
  });
});
