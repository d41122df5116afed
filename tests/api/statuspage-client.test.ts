/**
 * A third-party Statuspage client reads the documents: the `statuspage.io` npm package
 * (3.3.8: 3.4.6, the newest, is published without its code), pointed at the app on a loopback
 * port. The client only fetches and parses; what it reads is checked against the Statuspage
 * schema and against the values a reader would show.
 *
 * Its three maintenance methods all request upcoming.json (a bug in the client), so active.json
 * and scheduled-maintenances.json are not reached through it; the other tests read them.
 */
import { Statuspage } from 'statuspage.io';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';
import { startServer, type RunningServer } from '../helpers/server';
import { expectStatuspageDocument } from './helpers';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('the statuspage.io client', () => {
  it('reads the summary, status, components, incidents and upcoming maintenance of the example', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const requested: string[] = [];
    server = await startServer({
      fetch: (request: Request) => {
        requested.push(new URL(request.url).pathname);
        return app.fetch(request);
      },
    });
    const client = new Statuspage('exempelvik');
    client.setApiUrl(server.url);

    const summary = await client.api.getSummary();
    expectStatuspageDocument('/api/v2/summary.json', summary);
    expect(summary.status.indicator).toBe('major');
    expect(summary.components.length).toBeGreaterThan(10);
    expect(summary.incidents.map((incident) => incident.id)).toEqual(['it-angrepp']);
    // What chat integrations show as "the latest": the first update.
    expect(summary.incidents[0]!.incident_updates[0]!.body.length).toBeGreaterThan(0);

    const status = await client.api.getStatus();
    expectStatuspageDocument('/api/v2/status.json', status);
    expect(status.status.description).toBe('Flera tjänster fungerar inte just nu.');

    const components = await client.api.getComponents();
    expectStatuspageDocument('/api/v2/components.json', components);
    expect(components.components.filter((component) => component.group).length).toBeGreaterThan(3);

    const incidents = await client.api.incidents.getAll();
    expectStatuspageDocument('/api/v2/incidents.json', incidents);
    expect(incidents.incidents.map((incident) => incident.status)).toEqual(['resolved', 'identified']);
    const unresolved = await client.api.incidents.getUnresolved();
    expectStatuspageDocument('/api/v2/incidents/unresolved.json', unresolved);

    const upcoming = await client.api.scheduledMaintenances.getUpcoming();
    expectStatuspageDocument('/api/v2/scheduled-maintenances/upcoming.json', upcoming);
    expect(upcoming.scheduled_maintenances.map((maintenance) => maintenance.status)).toEqual(['scheduled']);

    expect(requested).toEqual([
      '/api/v2/summary.json',
      '/api/v2/status.json',
      '/api/v2/components.json',
      '/api/v2/incidents.json',
      '/api/v2/incidents/unresolved.json',
      '/api/v2/scheduled-maintenances/upcoming.json',
    ]);
  });
});
