/**
 * Transactions through the development libSQL server: batches are atomic, interactive
 * transactions span several HTTP requests on one stream, concurrent writers wait for each
 * other instead of failing, and a client that walks away does not hold the lock for ever.
 */
import { createClient } from '@libsql/client';
import { LibsqlBatchError, type Client } from '@libsql/client/web';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './libsql-dev-server';

async function withNotes(client: Client): Promise<Client> {
  await client.execute('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)');
  return client;
}

async function bodies(client: Client): Promise<unknown[]> {
  return (await client.execute('SELECT body FROM note ORDER BY id')).rows.map((row) => row.body);
}

/** Resolves to whether the promise settled within the time given. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true, () => true), sleep(ms).then(() => false)]);
}

describe('transactions over Hrana HTTP', () => {
  it('commits a batch as a whole', async () => {
    const server = await startTestServer();
    const client = await withNotes(server.connect());
    const results = await client.batch(["INSERT INTO note (body) VALUES ('a')", "INSERT INTO note (body) VALUES ('b')", 'SELECT count(*) AS n FROM note'], 'write');
    expect(results[2]?.rows[0]?.n).toBe(2);
    expect(await bodies(server.connect())).toEqual(['a', 'b']);
  });

  it('rolls back the whole batch when one statement fails', async () => {
    const server = await startTestServer();
    const client = await withNotes(server.connect());
    const failure = await client
      .batch(["INSERT INTO note (body) VALUES ('first')", "INSERT INTO note (body) VALUES ('second')", "INSERT INTO note (body) VALUES ('first')"], 'write')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LibsqlBatchError);
    expect(failure).toMatchObject({ code: 'SQLITE_CONSTRAINT', statementIndex: 2 });
    expect(await bodies(server.connect())).toEqual([]);
  });

  it('keeps an interactive transaction open across requests, private until commit', async () => {
    const server = await startTestServer();
    const client = await withNotes(server.connect());
    const other = server.connect();
    const transaction = await client.transaction('write');
    await transaction.execute("INSERT INTO note (body) VALUES ('draft')");
    await transaction.execute({ sql: 'UPDATE note SET body = ? WHERE body = ?', args: ['final', 'draft'] });
    expect((await transaction.execute('SELECT body FROM note')).rows.map((row) => row.body)).toEqual(['final']);
    // Another stream reads the last committed state meanwhile, without waiting.
    expect(await bodies(other)).toEqual([]);
    await transaction.commit();
    expect(await bodies(other)).toEqual(['final']);
  });

  it('leaves nothing behind when an interactive transaction rolls back', async () => {
    const server = await startTestServer();
    const client = await withNotes(server.connect());
    const transaction = await client.transaction('write');
    await transaction.execute("INSERT INTO note (body) VALUES ('regret')");
    await transaction.rollback();
    expect(await bodies(client)).toEqual([]);
  });

  it('lets a transaction go on after one of its statements fails', async () => {
    const server = await startTestServer();
    const client = await withNotes(server.connect());
    await client.execute("INSERT INTO note (body) VALUES ('taken')");
    const transaction = await client.transaction('write');
    await expect(transaction.execute("INSERT INTO note (body) VALUES ('taken')")).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    await transaction.execute("INSERT INTO note (body) VALUES ('free')");
    await transaction.commit();
    expect(await bodies(client)).toEqual(['taken', 'free']);
  });

  it('lands every write from many clients writing at once', async () => {
    const server = await startTestServer();
    await withNotes(server.connect());
    const clients = Array.from({ length: 5 }, () => server.connect());
    await Promise.all(
      clients.flatMap((client, c) => Array.from({ length: 4 }, (_, w) => client.execute({ sql: 'INSERT INTO note (body) VALUES (?)', args: [`${c}-${w}`] }))),
    );
    expect(await bodies(server.connect())).toHaveLength(20);
  });

  it('makes a second write transaction wait for the first instead of failing', async () => {
    const server = await startTestServer();
    const first = await withNotes(server.connect());
    const second = server.connect();
    const one = await first.transaction('write');
    await one.execute("INSERT INTO note (body) VALUES ('one')");

    const two = await second.transaction('write');
    const twoBegins = two.execute('SELECT count(*) AS n FROM note');
    expect(await settlesWithin(twoBegins, 150)).toBe(false);
    await one.commit();
    // It began after the first committed, so it sees that row.
    expect((await twoBegins).rows[0]?.n).toBe(1);
    await two.execute("INSERT INTO note (body) VALUES ('two')");
    await two.commit();
    expect(await bodies(first)).toEqual(['one', 'two']);
  });

  it('gives up with SQLITE_BUSY once the busy timeout has passed', async () => {
    const server = await startTestServer({ busyTimeoutMs: 100 });
    const holder = await withNotes(server.connect());
    const transaction = await holder.transaction('write');
    await transaction.execute("INSERT INTO note (body) VALUES ('held')");
    const started = Date.now();
    await expect(server.connect().execute("INSERT INTO note (body) VALUES ('blocked')")).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    await transaction.rollback();
  });

  it('rolls back an abandoned transaction when its stream expires, releasing the lock', async () => {
    const server = await startTestServer({ streamExpiryMs: 300, busyTimeoutMs: 5_000 });
    const abandoning = await withNotes(server.connect());
    const abandoned = await abandoning.transaction('write');
    await abandoned.execute("INSERT INTO note (body) VALUES ('never committed')");

    const started = Date.now();
    await server.connect().execute("INSERT INTO note (body) VALUES ('after expiry')");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(await bodies(server.connect())).toEqual(['after expiry']);
    await expect(abandoned.execute('SELECT 1')).rejects.toMatchObject({ code: 'STREAM_EXPIRED' });
  });

  it('keeps a stream usable after one of its statements gave up waiting for the lock', async () => {
    const server = await startTestServer({ busyTimeoutMs: 100 });
    const holder = await withNotes(server.connect());
    const transaction = await holder.transaction('write');
    await transaction.execute("INSERT INTO note (body) VALUES ('held')");

    const insert = (body: string) => ({ type: 'execute', stmt: { sql: 'INSERT INTO note (body) VALUES (?)', args: [{ type: 'text', value: body }] } });
    const first = await (await server.post({ baton: null, requests: [insert('gave up')] })).json();
    expect(first.results[0]).toMatchObject({ type: 'error', error: { code: 'SQLITE_BUSY' } });
    await transaction.commit();
    // The same stream, in autocommit mode: its next write must really commit.
    const second = await (await server.post({ baton: first.baton, requests: [insert('later')] })).json();
    expect(second.results[0]).toMatchObject({ type: 'ok' });
    expect(await bodies(server.connect())).toEqual(['held', 'later']);
  });

  it('refuses to go on with a transaction that lost its snapshot, until it is rolled back', async () => {
    const server = await startTestServer();
    const client = await withNotes(server.connect());
    const reading = await client.transaction('deferred');
    expect((await reading.execute('SELECT count(*) AS n FROM note')).rows[0]?.n).toBe(0);
    await server.connect().execute("INSERT INTO note (body) VALUES ('meanwhile')");

    // What it read is outdated now, so it may not write: waiting would not help.
    await expect(reading.execute("INSERT INTO note (body) VALUES ('stale')")).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    await expect(reading.execute('SELECT 1')).rejects.toMatchObject({ code: 'TRANSACTION_ABORTED' });
    await reading.rollback();
    await client.execute("INSERT INTO note (body) VALUES ('fresh')");
    expect(await bodies(client)).toEqual(['meanwhile', 'fresh']);
  });

  it('never lands a statement that was still waiting for the lock when the server closed', async () => {
    const server = await startTestServer({ busyTimeoutMs: 5_000 });
    const holder = await withNotes(server.connect());
    const transaction = await holder.transaction('write');
    await transaction.execute("INSERT INTO note (body) VALUES ('uncommitted')");
    const waiting = server.connect().execute("INSERT INTO note (body) VALUES ('waiting')");
    waiting.catch(() => undefined);
    await sleep(50);

    await server.close();
    await expect(waiting).rejects.toThrow();
    await sleep(100);
    const file = createClient({ url: `file:${server.databasePath}` });
    expect((await file.execute('SELECT count(*) AS n FROM note')).rows[0]?.n).toBe(0);
    file.close();
  });
});
