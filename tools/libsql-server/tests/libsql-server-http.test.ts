/**
 * The HTTP surface of the development libSQL server: what any Hrana client (or a confused
 * one) meets at the door, and the stream requests the official client rarely sends.
 */
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './libsql-dev-server';

const text = (value: string) => ({ type: 'text', value });

async function pipeline(server: TestServer, baton: string | null, requests: unknown[]) {
  const response = await server.post({ baton, requests });
  expect(response.status).toBe(200);
  return (await response.json()) as { baton: string | null; base_url: string | null; results: { type: string; response?: any; error?: any }[] };
}

describe('the HTTP surface', () => {
  it('answers health and version checks, and 404 for protocol 3 so clients fall back to v2', async () => {
    const server = await startTestServer();
    for (const path of ['/', '/v2']) {
      const response = await fetch(server.url + path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Development and tests only');
    }
    for (const path of ['/v3', '/v3-protobuf', '/v3/pipeline']) expect((await fetch(server.url + path)).status).toBe(404);
  });

  it('rejects bodies that are not a pipeline with a 400 and a JSON error the client can read', async () => {
    const server = await startTestServer();
    for (const [body, code] of [
      ['{not json', 'INVALID_JSON'],
      [{ baton: null }, 'INVALID_REQUEST'],
      [[1, 2], 'INVALID_REQUEST'],
      [{ baton: 'made-up', requests: [] }, 'STREAM_NOT_FOUND'],
    ] as const) {
      const response = await server.post(body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toMatchObject({ code, message: expect.any(String) });
    }
    // And the server is still there.
    expect((await pipeline(server, null, [{ type: 'close' }])).results[0]?.type).toBe('ok');
  });

  it('hands out a new baton per response, accepts each baton once, and none after close', async () => {
    const server = await startTestServer();
    const first = await pipeline(server, null, [{ type: 'execute', stmt: { sql: 'SELECT 1' } }]);
    expect(first.baton).toEqual(expect.any(String));
    expect(first.base_url).toBeNull();
    const second = await pipeline(server, first.baton, [{ type: 'get_autocommit' }]);
    expect(second.baton).not.toBe(first.baton);
    expect((await server.post({ baton: first.baton, requests: [] })).status).toBe(400);

    const closed = await pipeline(server, second.baton, [{ type: 'close' }, { type: 'execute', stmt: { sql: 'SELECT 1' } }]);
    expect(closed.baton).toBeNull();
    expect(closed.results[1]).toMatchObject({ type: 'error', error: { code: 'STREAM_CLOSED' } });
  });

  it('fails a malformed request on its own and runs the rest of the pipeline', async () => {
    const server = await startTestServer();
    const body = await pipeline(server, null, [
      { type: 'teleport' },
      { type: 'execute', stmt: { sql: 'SELECT ?', args: [{ type: 'integer', value: 'twelve' }] } },
      { type: 'execute', stmt: { sql: 'SELECT ? AS greeting', args: [text('hej')] } },
    ]);
    expect(body.results.map((result) => result.type)).toEqual(['error', 'error', 'ok']);
    expect(body.results[0]?.error.code).toBe('INVALID_REQUEST');
    expect(body.results[2]?.response.result).toMatchObject({
      cols: [{ name: 'greeting', decltype: null }],
      rows: [[text('hej')]],
      affected_row_count: 0,
      last_insert_rowid: null,
    });
  });

  it('stores SQL texts per stream, honours want_rows, and reports the autocommit state', async () => {
    const server = await startTestServer();
    const body = await pipeline(server, null, [
      { type: 'store_sql', sql_id: 7, sql: 'SELECT :who AS who' },
      { type: 'execute', stmt: { sql_id: 7, named_args: [{ name: ':who', value: text('Ada') }] } },
      { type: 'execute', stmt: { sql_id: 7, named_args: [{ name: 'who', value: text('Grace') }], want_rows: false } },
      { type: 'store_sql', sql_id: 7, sql: 'SELECT 2' },
      { type: 'close_sql', sql_id: 7 },
      { type: 'execute', stmt: { sql_id: 7 } },
      { type: 'get_autocommit' },
      { type: 'execute', stmt: { sql: 'BEGIN' } },
      { type: 'get_autocommit' },
    ]);
    expect(body.results[1]?.response.result.rows).toEqual([[text('Ada')]]);
    expect(body.results[2]?.response.result.rows).toEqual([]);
    expect(body.results[3]?.error.code).toBe('SQL_ID_IN_USE');
    expect(body.results[5]?.error.code).toBe('SQL_ID_NOT_FOUND');
    expect(body.results[6]?.response).toEqual({ type: 'get_autocommit', is_autocommit: true });
    expect(body.results[8]?.response).toEqual({ type: 'get_autocommit', is_autocommit: false });
  });

  it('describes a statement: parameters, columns, and whether it reads only', async () => {
    const server = await startTestServer();
    await pipeline(server, null, [{ type: 'execute', stmt: { sql: 'CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)' } }]);
    const body = await pipeline(server, null, [
      { type: 'describe', sql: 'SELECT id, name AS label FROM person WHERE name = :name OR id = ?3' },
      { type: 'describe', sql: 'INSERT INTO person (name) VALUES (?)' },
      { type: 'describe', sql: 'EXPLAIN SELECT 1' },
      { type: 'describe', sql: 'SELEC 1' },
    ]);
    expect(body.results[0]?.response.result).toEqual({
      params: [{ name: ':name' }, { name: null }, { name: '?3' }],
      cols: [
        { name: 'id', decltype: 'INTEGER' },
        { name: 'label', decltype: 'TEXT' },
      ],
      is_explain: false,
      is_readonly: true,
    });
    expect(body.results[1]?.response.result).toMatchObject({ params: [{ name: null }], cols: [], is_explain: false, is_readonly: false });
    expect(body.results[2]?.response.result).toMatchObject({ is_explain: true, is_readonly: true });
    expect(body.results[3]).toMatchObject({ type: 'error', error: { code: 'SQLITE_ERROR' } });
  });

  describe('with an auth token', () => {
    it('answers 401 without the right bearer token, and serves the client that has it', async () => {
      const server = await startTestServer({ authToken: 'dev-secret.123' });
      await expect(server.connect().execute('SELECT 1')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      await expect(server.connect({ authToken: 'wrong' }).execute('SELECT 1')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

      const missing = await server.post({ baton: null, requests: [] });
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toContain('Bearer');
      expect((await server.post({ baton: null, requests: [] }, { authorization: 'Bearer nope' })).status).toBe(401);

      const rows = (await server.connect({ authToken: 'dev-secret.123' }).execute('SELECT 1 AS one')).rows;
      expect(rows[0]?.one).toBe(1);
      expect((await fetch(`${server.url}/v2`)).status).toBe(200);
    });
  });
});
