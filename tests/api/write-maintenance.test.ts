/**
 * Planned maintenance through the native write API: schedule one, then PATCH it one kind of
 * change at a time (status, window, notice), with If-Match on its version; a body that mixes
 * kinds is refused rather than half applied.
 */
import { describe, expect, it } from 'vitest';
import { errorOf, serviceDocument, writeContext } from './write-helpers';

const SCHEDULE = {
  slug: 'byte-av-server',
  impact: 'minor',
  notice: { sv: { title: 'Byte av server', what_happened: 'Vi byter server.' }, en: { title: 'Server replacement' } },
  services: ['e-tjanst'],
  starts_at: '2026-02-12T20:00:00+01:00',
  ends_at: '2026-02-12T22:00:00+01:00',
};
const PATH = '/api/v1/maintenances/byte-av-server';

describe('maintenance through the write API', () => {
  it('schedules a maintenance, listed in the maintenance document', async () => {
    const context = await writeContext(['updates:write']);
    const response = await context.send('POST', '/api/v1/maintenances', SCHEDULE);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.maintenance).toMatchObject({
      slug: 'byte-av-server',
      status: 'scheduled',
      starts_at: '2026-02-12T20:00:00.000+01:00',
      ends_at: '2026-02-12T22:00:00.000+01:00',
    });
    expect(body.update.id).toMatch(/^[0-9a-f-]{36}$/);
    const listed = await (await context.app.request('/api/v1/maintenances')).json();
    expect(listed.maintenances.map((entry: { slug: string }) => entry.slug)).toEqual(['byte-av-server']);
  });

  it('starts it early and completes it, putting the service in maintenance and back', async () => {
    const context = await writeContext(['updates:write']);
    const scheduled = await (await context.send('POST', '/api/v1/maintenances', SCHEDULE)).json();
    const started = await context.send('PATCH', PATH, { status: 'in_progress', body: { sv: 'Vi börjar nu.' } }, { 'If-Match': `"${scheduled.maintenance.version}"` });
    expect(started.status).toBe(200);
    expect((await started.json()).maintenance.status).toBe('in_progress');
    expect((await serviceDocument(context, 'e-tjanst')).service.status).toBe('maintenance');

    const stale = await context.send('PATCH', PATH, { status: 'completed' }, { 'If-Match': `"${scheduled.maintenance.version}"` });
    expect(stale.status).toBe(412);
    const completed = await context.send('PATCH', PATH, { status: 'completed' });
    expect(completed.status).toBe(200);
    expect((await serviceDocument(context, 'e-tjanst')).service.status).toBe('operational');
    const back = await context.send('PATCH', PATH, { status: 'in_progress' });
    expect(back.status).toBe(422);
    expect((await errorOf(back)).field).toBe('status');
  });

  it('moves the window, and edits the notice and services without publishing an update', async () => {
    const context = await writeContext(['updates:write']);
    await context.send('POST', '/api/v1/maintenances', SCHEDULE);
    const moved = await context.send('PATCH', PATH, { ends_at: '2026-02-12T23:30:00+01:00' });
    expect(moved.status).toBe(200);
    const movedBody = await moved.json();
    expect(movedBody.maintenance).toMatchObject({ starts_at: '2026-02-12T20:00:00.000+01:00', ends_at: '2026-02-12T23:30:00.000+01:00' });
    expect(movedBody.update).not.toBeNull();

    const edited = await context.send('PATCH', PATH, { services: ['e-tjanst', 'mina-sidor'], impact: 'major' });
    expect(edited.status).toBe(200);
    expect((await edited.json()).update).toBeNull();
    const document = await (await context.app.request(PATH.replace('maintenances', 'incidents'))).json();
    expect(document.incident.impact).toBe('major');
    expect(document.incident.title.text).toBe('Byte av server');
    expect(document.incident.services.map((service: { slug: string }) => service.slug).sort()).toEqual(['e-tjanst', 'mina-sidor']);

    const backwards = await context.send('PATCH', PATH, { ends_at: '2026-02-12T19:00:00+01:00' });
    expect(backwards.status).toBe(422);
    expect((await errorOf(backwards)).field).toBe('ends_at');
  });

  it.each([
    ['mixing a status and a window', { status: 'cancelled', ends_at: '2026-02-12T23:00:00+01:00' }, 'ends_at'],
    ['nothing to change', {}, 'body'],
    ['an unknown status', { status: 'paused' }, 'status'],
    ['words for an edit that publishes nothing', { impact: 'major', body: { sv: 'x' } }, 'body'],
  ])('refuses %s with 422 and changes nothing', async (_name, body, field) => {
    const context = await writeContext(['updates:write']);
    await context.send('POST', '/api/v1/maintenances', SCHEDULE);
    const response = await context.send('PATCH', PATH, body);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).field).toBe(field);
    const document = await (await context.app.request('/api/v1/maintenances')).json();
    expect(document.maintenances[0]).toMatchObject({ impact: 'minor', maintenance: { status: 'scheduled', scheduled_end_at: '2026-02-12T22:00:00.000+01:00' } });
  });

  it('refuses a window that ends before it starts, an unknown service (404) and an unknown maintenance (404)', async () => {
    const context = await writeContext(['updates:write']);
    const backwards = await context.send('POST', '/api/v1/maintenances', { ...SCHEDULE, ends_at: '2026-02-12T19:00:00+01:00' });
    expect(backwards.status).toBe(422);
    expect((await errorOf(backwards)).field).toBe('ends_at');
    const unknown = await context.send('POST', '/api/v1/maintenances', { ...SCHEDULE, services: ['finns-inte'] });
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).field).toBe('services.0');
    expect((await context.send('PATCH', '/api/v1/maintenances/finns-inte', { status: 'cancelled' })).status).toBe(404);
    const none = await (await context.app.request('/api/v1/maintenances')).json();
    expect(none.maintenances).toEqual([]);
  });
});
