/**
 * Statuspage's manage API shape under /api/statuspage/v1/: the requests a Statuspage client
 * or script makes (OAuth token, page id, component ids as /api/v2/ publishes them), answered
 * with objects the Statuspage schema accepts, and the public page showing the result.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { issueApiToken } from '../helpers/api-tokens';
import { makeGroup, makeService, setStatus } from '../helpers/factories';
import { HOSTILE_TEXTS, MARKUP } from '../helpers/hostile';
import { statuspage, statuspageErrors } from './helpers';

const PAGE = 'status.example.org';
const BASE = `/api/statuspage/v1/pages/${PAGE}`;

async function manageSite(scopes: ('read' | 'status:write' | 'updates:write' | 'hooks')[] = ['read', 'status:write', 'updates:write']) {
  const context = await createTestApp();
  const group = await makeGroup(context.db, context.clock);
  const minaSidor = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor', description: 'Inloggning' }, en: { name: 'My pages' } });
  const bygglov = await makeService(context.db, context.clock, { groupId: group, slug: 'bygglov', sv: { name: 'Bygglov' } });
  const token = await issueApiToken(context, { scopes, name: 'statuspage-cli' });
  context.clock.advance(3_600_000);
  return { ...context, group, services: { minaSidor, bygglov }, token };
}

type Site = Awaited<ReturnType<typeof manageSite>>;

/** A request as Statuspage's own clients make it: `Authorization: OAuth <key>`, JSON. */
function send(site: Site, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return site.app.request(BASE + path, {
    method,
    headers: { Authorization: `OAuth ${site.token}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function expectValid(definition: string, value: unknown) {
  expect(statuspageErrors(definition, value).map((error) => `${error.instancePath} ${error.message}`)).toEqual([]);
}

describe('Statuspage manage shape', () => {
  it('sets a component through the manage shape, and the public page shows it', async () => {
    const site = await manageSite();
    const list = await send(site, 'GET', '/components');
    expect(list.status).toBe(200);
    const components = await list.json();
    expect(components.map((component: any) => component.id)).toEqual([expect.stringMatching(/^group-/), 'service-mina-sidor', 'service-bygglov']);

    const response = await send(site, 'PATCH', '/components/service-mina-sidor', { component: { status: 'major_outage' } });
    expect(response.status).toBe(200);
    const component = await response.json();
    expectValid('component', component);
    expect(component).toMatchObject({ id: 'service-mina-sidor', name: 'Mina sidor', status: 'major_outage', page_id: PAGE });

    const page = visibleText(await (await site.app.request('/tjanster/mina-sidor')).text());
    expect(page).toContain('Status just nu Ur funktion');
    expect(page).toContain('Mina sidor: Ur funktion.');
    const { components: published } = await statuspage(site, '/api/v2/components.json');
    expect(published.find((one: any) => one.id === 'service-mina-sidor').status).toBe('major_outage');

    // PUT is the same; setting the status it already has writes nothing.
    const again = await send(site, 'PUT', '/components/service-mina-sidor', { component: { status: 'major_outage', name: 'Mina sidor', description: 'Inloggning' } });
    expect(again.status).toBe(200);
    expect(visibleText(await (await site.app.request('/tjanster/mina-sidor')).text()).match(/Mina sidor: Ur funktion\./g)).toHaveLength(1);
  });

  it("accepts Statuspage's curl form fields (component[status]=…)", async () => {
    const site = await manageSite();
    const response = await site.app.request(`${BASE}/components/service-bygglov`, {
      method: 'PATCH',
      headers: { Authorization: `OAuth ${site.token}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'component%5Bstatus%5D=degraded_performance',
    });
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe('degraded_performance');
  });

  it('opens an incident, posts to it and resolves it as a Statuspage client does', async () => {
    const site = await manageSite();
    const created = await send(site, 'POST', '/incidents', {
      incident: {
        name: 'Mina sidor går inte att logga in på',
        status: 'investigating',
        body: 'Vi undersöker varför inloggningen misslyckas.',
        component_ids: ['service-mina-sidor', 'service-bygglov'],
        components: { 'service-mina-sidor': 'major_outage' },
        deliver_notifications: true,
        metadata: { jira: { issue_id: 'OPS-1' } },
      },
    });
    expect(created.status).toBe(201);
    const incident = await created.json();
    expectValid('incident', incident);
    expect(incident).toMatchObject({ name: 'Mina sidor går inte att logga in på', status: 'investigating', impact: 'major', page_id: PAGE });
    expect(incident.components.map((component: any) => component.id)).toEqual(['service-mina-sidor', 'service-bygglov']);
    expect(incident.incident_updates).toHaveLength(1);
    expect(incident.incident_updates[0].affected_components).toEqual([
      { code: 'service-mina-sidor', name: 'Mina sidor', old_status: 'operational', new_status: 'major_outage' },
    ]);

    site.clock.advance(600_000);
    const identified = await send(site, 'PATCH', `/incidents/${incident.id}`, { incident: { status: 'identified', body: 'Certifikatet har gått ut.' } });
    expect(identified.status).toBe(200);
    expect(await identified.json()).toMatchObject({ status: 'identified', incident_updates: [{ status: 'identified', body: 'Certifikatet har gått ut.' }, {}] });

    site.clock.advance(600_000);
    // No body: the update says what changed in the interface's own words.
    const resolved = await send(site, 'PATCH', `/incidents/${incident.id}`, { incident: { status: 'resolved', components: { 'service-mina-sidor': 'operational' } } });
    const done = await resolved.json();
    expect(done).toMatchObject({ status: 'resolved', resolved_at: expect.any(String) });
    expect(done.incident_updates[0].body).toBe('Avslutad. Mina sidor: Fungerar.');

    const { incidents } = await statuspage(site, '/api/v2/incidents/unresolved.json');
    expect(incidents).toEqual([]);
    const page = visibleText(await (await site.app.request(`/handelser/${incident.id}`)).text());
    expect(page).toContain('Mina sidor går inte att logga in på');
    expect(page).toContain('Certifikatet har gått ut.');
    expect(page).toContain('Avslutad. Mina sidor: Fungerar.');
  });

  it('renames an incident and changes its impact in the same write as the update', async () => {
    const site = await manageSite();
    const created = await (await send(site, 'POST', '/incidents', { incident: { name: 'Fel', component_ids: ['service-bygglov'] } })).json();
    // Without a body, the name is the first update's text.
    expect(created.incident_updates[0].body).toBe('Fel');
    expect(created.impact).toBe('none');
    const patched = await (await send(site, 'PATCH', `/incidents/${created.id}`, { incident: { name: 'Bygglov nere', impact_override: 'critical', body: 'Värre än vi trodde.' } })).json();
    expect(patched).toMatchObject({ name: 'Bygglov nere', impact: 'critical', incident_updates: [{ body: 'Värre än vi trodde.' }, {}] });
  });

  it('refuses what it cannot do with a clear 4xx, writing nothing', async () => {
    const site = await manageSite();
    const wrongPage = await site.app.request('/api/statuspage/v1/pages/kdx9s0z8/components/service-mina-sidor', {
      method: 'PATCH',
      headers: { Authorization: `OAuth ${site.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ component: { status: 'major_outage' } }),
    });
    expect(wrongPage.status).toBe(404);
    expect((await wrongPage.json()).error.message).toContain(`"${PAGE}"`);

    expect((await send(site, 'PATCH', '/components/service-finns-inte', { component: { status: 'major_outage' } })).status).toBe(404);
    const group = await send(site, 'PATCH', `/components/${(await (await send(site, 'GET', '/components')).json())[0].id}`, { component: { status: 'major_outage' } });
    expect(group.status).toBe(422);
    expect((await send(site, 'PATCH', '/components/service-mina-sidor', '{"component": ')).status).toBe(400);
    const wrongType = await send(site, 'PATCH', '/components/service-mina-sidor', { component: { status: 'down' } });
    expect(wrongType.status).toBe(422);
    expect((await wrongType.json()).error.field).toBe('component.status');
    const rename = await send(site, 'PATCH', '/components/service-mina-sidor', { component: { name: 'Nytt namn' } });
    expect((await rename.json()).error.field).toBe('component.name');
    expect((await send(site, 'PATCH', '/components/service-mina-sidor', { component: { status: 'major_outage', x: 'y'.repeat(1_100_000) } })).status).toBe(413);

    const maintenance = await send(site, 'POST', '/incidents', { incident: { name: 'Underhåll', status: 'scheduled', scheduled_for: '2026-03-01T08:00:00Z' } });
    expect(maintenance.status).toBe(422);
    expect((await maintenance.json()).error.field).toBe('incident.status');
    const unknownComponent = await send(site, 'POST', '/incidents', { incident: { name: 'Fel', component_ids: ['service-mina-sidor', 'service-okand'] } });
    expect(unknownComponent.status).toBe(422);
    expect((await unknownComponent.json()).error.field).toBe('incident.component_ids.1');
    const noName = await send(site, 'POST', '/incidents', { incident: { body: 'x' } });
    expect((await noName.json()).error.field).toBe('incident.name');
    expect((await send(site, 'PATCH', '/incidents/finns-inte', { incident: { body: 'x' } })).status).toBe(404);

    const { components } = await statuspage(site, '/api/v2/components.json');
    expect(components.every((component: any) => component.status === 'operational')).toBe(true);
    expect((await statuspage(site, '/api/v2/incidents.json')).incidents).toEqual([]);
  });

  it('needs a token, and the scope for what the request changes', async () => {
    const site = await manageSite(['read', 'updates:write']);
    const anonymous = await site.app.request(`${BASE}/components/service-mina-sidor`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ component: { status: 'major_outage' } }),
    });
    expect(anonymous.status).toBe(401);
    expect((await send(site, 'PATCH', '/components/service-mina-sidor', { component: { status: 'major_outage' } })).status).toBe(403);
    const withComponents = await send(site, 'POST', '/incidents', { incident: { name: 'Fel', components: { 'service-mina-sidor': 'major_outage' } } });
    expect(withComponents.status).toBe(403);
    expect((await withComponents.json()).error.message).toContain('status:write');
    // Bearer works as well as OAuth.
    const bearer = await send(site, 'POST', '/incidents', { incident: { name: 'Fel' } }, { Authorization: `Bearer ${site.token}` });
    expect(bearer.status).toBe(201);
  });

  it('escapes hostile names and bodies on the public page', async () => {
    const site = await manageSite();
    for (const hostile of HOSTILE_TEXTS) {
      const response = await send(site, 'POST', '/incidents', { incident: { name: `Fel ${hostile.text}`, body: hostile.text, component_ids: ['service-bygglov'] } });
      expect(response.status, hostile.name).toBe(201);
      const { id } = await response.json();
      const html = await (await site.app.request(`/handelser/${id}`)).text();
      expect(html, hostile.name).not.toContain('<script>alert(1)</script>');
      expect(html, hostile.name).not.toContain('<img src=x');
      if (hostile.text === MARKUP) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    await setStatus(site.db, site.clock, site.services.minaSidor.id, 'degraded');
  });
});
