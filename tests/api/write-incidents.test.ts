/**
 * Incidents through the native write API: open one with its first update in one write, post
 * updates (with If-Match on the incident's version), resolve; refusals name their field, an
 * unknown service is a 404, and a refused request leaves nothing behind (never half applied).
 */
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit';
import { visibleText } from '../helpers/app';
import { errorOf, serviceDocument, writeContext } from './write-helpers';

const NOTICE = {
  sv: { title: 'Inloggningen ligger nere', what_happened: 'BankID-inloggningen svarar inte.', what_you_should_do: 'Ring kundtjänst.' },
  en: { title: 'Sign-in is down' },
};

const OPEN = {
  impact: 'major',
  notice: NOTICE,
  services: ['mina-sidor'],
  first_update: { body: { sv: 'Vi felsöker.', en: 'We are investigating.' }, changes: { 'mina-sidor': 'down' } },
};

async function incidentCount(context: Awaited<ReturnType<typeof writeContext>>) {
  return (await context.db.query.incidents.findMany()).length;
}

describe('incidents through the write API', () => {
  it('opens an incident with its first update in one write, shown on the public page', async () => {
    const context = await writeContext(['updates:write']);
    const response = await context.send('POST', '/api/v1/incidents', OPEN);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.incident).toMatchObject({ slug: 'inloggningen-ligger-nere', url: '/api/v1/incidents/inloggningen-ligger-nere', phase: 'investigating' });
    expect(body.update.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await serviceDocument(context, 'mina-sidor')).service.status).toBe('down');

    const page = visibleText(await (await context.app.request('/')).text());
    expect(page).toContain('Inloggningen ligger nere');
    const incidentPage = visibleText(await (await context.app.request('/handelser/inloggningen-ligger-nere')).text());
    expect(incidentPage).toContain('BankID-inloggningen svarar inte.');
    expect(incidentPage).toContain('Vi felsöker.');
    const audit = await listAudit(context.db);
    expect(audit.filter((entry) => entry.action === 'incident.create' || entry.action === 'update.publish').map((entry) => entry.username)).toEqual([
      'token:script',
      'token:script',
    ]);
  });

  it('posts updates, checks If-Match against the incident’s version, and resolves', async () => {
    const context = await writeContext(['updates:write']);
    const opened = await (await context.send('POST', '/api/v1/incidents', OPEN)).json();
    const path = `/api/v1/incidents/${opened.incident.slug}`;
    const version = opened.incident.version;

    const update = await context.send('POST', `${path}/updates`, { body: { sv: 'Vi har hittat felet.' }, phase: 'identified' }, { 'If-Match': `"${version}"` });
    expect(update.status).toBe(201);
    expect((await update.json()).incident).toMatchObject({ phase: 'identified', version: version + 1 });

    const stale = await context.send('POST', `${path}/updates`, { body: { sv: 'Gammal vy.' } }, { 'If-Match': `"${version}"` });
    expect(stale.status).toBe(412);

    const resolved = await context.send('POST', `${path}/resolve`, { body: { sv: 'Allt fungerar igen.' }, changes: { 'mina-sidor': 'operational' } });
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).incident.phase).toBe('resolved');
    expect((await serviceDocument(context, 'mina-sidor')).service.status).toBe('operational');
    const document = await (await context.app.request(path)).json();
    expect(document.incident.resolved_at).not.toBeNull();
    expect(document.incident.updates.map((entry: { body: { text: string } }) => entry.body.text)).toEqual([
      'Allt fungerar igen.',
      'Vi har hittat felet.',
      'Vi felsöker.',
    ]);

    const again = await context.send('POST', `${path}/resolve`, { body: { sv: 'Igen.' } });
    expect(again.status).toBe(409);
  });

  it('opens one incident, not two, when a retry carries the same Idempotency-Key', async () => {
    const context = await writeContext(['updates:write']);
    const key = { 'Idempotency-Key': '6f1c2b3a-retry' };
    const first = await context.send('POST', '/api/v1/incidents', OPEN, key);
    const retry = await context.send('POST', '/api/v1/incidents', OPEN, key);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect(await incidentCount(context)).toBe(1);
    // Without the key, the same body is a second incident (numbered address): the key is what makes it safe.
    expect((await (await context.send('POST', '/api/v1/incidents', OPEN)).json()).incident.slug).toBe('inloggningen-ligger-nere-2');
  });

  it('refuses an unknown service with 404 and writes nothing: no incident without its update', async () => {
    const context = await writeContext(['updates:write']);
    const unknownAffected = await context.send('POST', '/api/v1/incidents', { ...OPEN, services: ['mina-sidor', 'finns-inte'] });
    expect(unknownAffected.status).toBe(404);
    expect(await errorOf(unknownAffected)).toMatchObject({ code: 'not-found', field: 'services.1' });
    const unknownChange = await context.send('POST', '/api/v1/incidents', { ...OPEN, first_update: { body: { sv: 'x' }, changes: { 'finns-inte': 'down' } } });
    expect(unknownChange.status).toBe(404);
    expect((await errorOf(unknownChange)).field).toBe('first_update.changes.finns-inte');
    expect(await incidentCount(context)).toBe(0);
  });

  it('refuses a first update over the length limit as a whole: 422 naming it, no incident', async () => {
    const context = await writeContext(['updates:write']);
    const response = await context.send('POST', '/api/v1/incidents', { ...OPEN, first_update: { body: { sv: 'x'.repeat(200_001) } } });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).field).toBe('first_update.body.sv');
    expect(await incidentCount(context)).toBe(0);
    expect((await serviceDocument(context, 'mina-sidor')).service.status).toBe('operational');
  });

  it.each([
    ['an unknown impact', { ...OPEN, impact: 'huge' }, 'impact'],
    ['a resolved phase', { ...OPEN, phase: 'resolved' }, 'phase'],
    ['no title in the default language', { ...OPEN, notice: { sv: { title: '   ' } } }, 'notice.sv.title'],
    ['a notice only in English', { ...OPEN, notice: { en: { title: 'x' } } }, 'notice.sv'],
    ['an unknown notice field', { ...OPEN, notice: { sv: { title: 'x', whatHappened: 'camelCase' } } }, 'notice.sv.whatHappened'],
    ['a start in the future', { ...OPEN, started_at: '2026-02-11T15:00:00+01:00' }, 'started_at'],
    ['a start that is no time', { ...OPEN, started_at: 'igår' }, 'started_at'],
    ['a next update in the past', { ...OPEN, next_update_due_at: '2026-02-11T13:00:00+01:00' }, 'next_update_due_at'],
    ['an unknown status in a change', { ...OPEN, first_update: { body: { sv: 'x' }, changes: { 'mina-sidor': 'kaputt' } } }, 'first_update.changes.mina-sidor'],
    ['a slug that is taken', { ...OPEN, slug: 'taken' }, 'slug'],
  ])('refuses %s with 422 naming the field', async (_name, body, field) => {
    const context = await writeContext(['updates:write']);
    if (field === 'slug') expect((await context.send('POST', '/api/v1/incidents', { ...OPEN, slug: 'taken' })).status).toBe(201);
    const before = await incidentCount(context);
    const response = await context.send('POST', '/api/v1/incidents', body);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).field).toBe(field);
    expect(await incidentCount(context)).toBe(before);
    expect(context.errors).toEqual([]);
  });

  it('answers 404 for updates to an unknown incident, and to a maintenance (which has its own endpoint)', async () => {
    const context = await writeContext(['updates:write']);
    expect((await context.send('POST', '/api/v1/incidents/finns-inte/updates', { body: { sv: 'x' } })).status).toBe(404);
    expect((await context.send('POST', '/api/v1/incidents/FINNS/resolve', { body: { sv: 'x' } })).status).toBe(404);
    const scheduled = await context.send('POST', '/api/v1/maintenances', {
      slug: 'byte-av-server',
      notice: { sv: { title: 'Byte av server' } },
      services: ['e-tjanst'],
      starts_at: '2026-02-12T20:00:00+01:00',
      ends_at: '2026-02-12T22:00:00+01:00',
    });
    expect(scheduled.status).toBe(201);
    expect((await context.send('POST', '/api/v1/incidents/byte-av-server/updates', { body: { sv: 'x' } })).status).toBe(404);
  });
});
