/**
 * POST /api/v1/services/{slug}/status: a script sets a service's status with a note per
 * language, published as a dated update as the console's dashboard publishes it; If-Match and
 * Idempotency-Key; and every way a request can be wrong (400, 404, 412, 413, 415, 422), each
 * answered in the write API's JSON shape with nothing changed.
 */
import { createClient } from '@libsql/client/web';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database';
import { listAudit } from '../../src/store/audit';
import { createTestApp, visibleText } from '../helpers/app';
import { makeIncident } from '../helpers/factories';
import { errorOf, serviceDocument, writeContext } from './write-helpers';

const PATH = '/api/v1/services/mina-sidor/status';
const DOWN = { status: 'down', note: { sv: 'Inloggningen fungerar inte.', en: 'Sign-in does not work.' } };

describe('setting a service’s status', () => {
  it('sets the status, publishes the notes in their languages, and answers with the new version', async () => {
    const context = await writeContext();
    const response = await context.send('POST', PATH, DOWN);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ service: { slug: 'mina-sidor', status: 'down', version: 2, status_changed_at: '2026-02-11T14:00:00.000+01:00' } });
    expect(body.update.id).toMatch(/^[0-9a-f-]{36}$/);

    expect((await serviceDocument(context, 'mina-sidor')).service.status).toBe('down');
    const sv = visibleText(await (await context.app.request('/tjanster/mina-sidor')).text());
    expect(sv).toContain('Inloggningen fungerar inte.');
    const en = visibleText(await (await context.app.request('/en/services/mina-sidor')).text());
    expect(en).toContain('Sign-in does not work.');
  });

  it('leaves out a language whose note is empty, as the console does', async () => {
    const context = await writeContext();
    expect((await context.send('POST', PATH, { status: 'down', note: { sv: 'Nere.', en: '' } })).status).toBe(200);
    // Shown in English in the original language: no empty English text was stored in its place.
    const en = visibleText(await (await context.app.request('/en/services/mina-sidor')).text());
    expect(en).toContain('Nere.');
  });

  it('publishes the change as an update of an open incident concerning the service', async () => {
    const context = await writeContext();
    const incident = await makeIncident(context.db, context.clock, { serviceIds: [context.services.minaSidor.id] });
    expect((await context.send('POST', PATH, { ...DOWN, incident: incident.slug })).status).toBe(200);
    const document = await (await context.app.request(`/api/v1/incidents/${incident.slug}`)).json();
    expect(document.incident.updates[0].changes).toMatchObject([{ service: 'mina-sidor', from: 'operational', to: 'down' }]);

    const other = await makeIncident(context.db, context.clock);
    const refused = await context.send('POST', PATH, { ...DOWN, incident: other.slug });
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).field).toBe('incident');
  });

  it('refuses a change made against an old version with 412, and accepts the current one', async () => {
    const context = await writeContext();
    const first = await (await context.send('POST', PATH, DOWN, { 'If-Match': '"1"' })).json();
    expect(first.service.version).toBe(2);
    const stale = await context.send('POST', PATH, { ...DOWN, status: 'degraded' }, { 'If-Match': '"1"' });
    expect(stale.status).toBe(412);
    expect(await errorOf(stale)).toMatchObject({ code: 'version-mismatch' });
    expect(stale.headers.get('etag')).toBe('"2"');
    expect((await serviceDocument(context, 'mina-sidor')).service.status).toBe('down');
    expect((await context.send('POST', PATH, { ...DOWN, status: 'degraded' }, { 'If-Match': 'W/"2"' })).status).toBe(200);
    expect((await context.send('POST', PATH, DOWN, { 'If-Match': 'version two' })).status).toBe(400);
  });

  it('makes a retry with the same Idempotency-Key safe, and refuses the key with another body', async () => {
    const context = await writeContext();
    const key = { 'Idempotency-Key': 'c0ffee-1' };
    const first = await context.send('POST', PATH, DOWN, key);
    const again = await context.send('POST', PATH, DOWN, key);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await listAudit(context.db, { action: 'update.publish' })).toHaveLength(1);

    const other = await context.send('POST', PATH, { ...DOWN, status: 'degraded' }, key);
    expect(other.status).toBe(422);
    expect(await errorOf(other)).toMatchObject({ code: 'idempotency-key-reused', field: 'Idempotency-Key' });

    // After a day the key is forgotten: the same request writes again.
    context.clock.advance(24 * 3_600_000 + 1);
    expect((await context.send('POST', PATH, DOWN, key)).headers.get('idempotent-replayed')).toBeNull();
    expect(await listAudit(context.db, { action: 'update.publish' })).toHaveLength(2);
  });

  it('keeps nothing for a refused request: it can be corrected and sent again under the same key', async () => {
    const context = await writeContext();
    const key = { 'Idempotency-Key': 'retry-after-fix' };
    expect((await context.send('POST', PATH, { status: 'down', note: { en: 'only English' } }, key)).status).toBe(422);
    expect((await context.send('POST', PATH, DOWN, key)).status).toBe(200);
  });

  it('answers two requests with the same key at once with one write', async () => {
    const context = await writeContext();
    const key = { 'Idempotency-Key': 'twins' };
    const answers = await Promise.all([context.send('POST', PATH, DOWN, key), context.send('POST', PATH, DOWN, key)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(await listAudit(context.db, { action: 'update.publish' })).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"status": "down",', 400, 'bad-json', undefined],
    ['an empty body', '', 400, 'bad-json', undefined],
    ['an array', '[1]', 422, 'invalid', 'body'],
    ['an unknown status', { status: 'broken', note: { sv: 'x' } }, 422, 'invalid', 'status'],
    ['a status of the wrong type', { status: 3, note: { sv: 'x' } }, 422, 'invalid', 'status'],
    ['an unknown field', { ...DOWN, staus: 'down' }, 422, 'invalid', 'staus'],
    ['no note in the default language', { status: 'down', note: { en: 'x' } }, 422, 'invalid', 'note.sv'],
    ['an empty note in the default language', { status: 'down', note: { sv: '  ', en: 'x' } }, 422, 'invalid', 'note.sv'],
    ['a language the site does not offer', { status: 'down', note: { sv: 'x', fi: 'y' } }, 422, 'invalid', 'note.fi'],
    ['a note over 2 000 characters', { status: 'down', note: { sv: 'x'.repeat(2_001) } }, 422, 'invalid', 'note.sv'],
  ])('refuses %s and changes nothing', async (_name, body, status, code, field) => {
    const context = await writeContext();
    const response = await context.send('POST', PATH, body);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect((await serviceDocument(context, 'mina-sidor')).service.status).toBe('operational');
    expect(context.errors).toEqual([]);
  });

  it('refuses an unknown service with 404, a body over 1 MB with 413, and a form body with 415', async () => {
    const context = await writeContext();
    const unknown = await context.send('POST', '/api/v1/services/finns-inte/status', DOWN);
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not-found');

    const huge = await context.send('POST', PATH, { ...DOWN, note: { sv: 'x'.repeat(1_100_000) } });
    expect(huge.status).toBe(413);
    expect((await errorOf(huge)).code).toBe('too-large');

    // Without Content-Length (a stream): counted as it arrives.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await context.app.request(PATH, {
      method: 'POST',
      headers: { Authorization: `Bearer ${context.token}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);

    const form = await context.app.request(PATH, {
      method: 'POST',
      headers: { Authorization: `Bearer ${context.token}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'status=down',
    });
    expect(form.status).toBe(415);
    expect((await serviceDocument(context, 'mina-sidor')).service.status).toBe('operational');
    expect(context.errors).toEqual([]);
  });
});

describe('while the database cannot be reached', () => {
  it('answers a write 503 in the write API’s shape, with Retry-After, never a 500', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const { app } = await createTestApp({ database: createDatabase(createClient({ url: `http://127.0.0.1:${port}` })), seed: 'none' });
    const response = await app.request(PATH, {
      method: 'POST',
      headers: { Authorization: 'Bearer sptok_anything', 'Content-Type': 'application/json' },
      body: JSON.stringify(DOWN),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await errorOf(response)).toMatchObject({ code: 'unavailable' });
  });
});
