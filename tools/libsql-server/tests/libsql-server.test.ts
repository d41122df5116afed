/**
 * The development libSQL server, used through the official web client exactly as the Worker
 * uses Turso: values, arguments, results and errors come back as a real server sends them.
 */
import { LibsqlError } from '@libsql/client/web';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './libsql-dev-server';

const HOSTILE_TEXT = 'Växjö 😀 שלום עולם مرحبا ]]> <script>&amp;</script> \\ "quoted" \n end';

describe('statements over Hrana HTTP', () => {
  it('round-trips every SQLite value type, including integers beyond 2^53', async () => {
    const server = await startTestServer();
    const writer = server.connect({ intMode: 'bigint' });
    await writer.execute('CREATE TABLE cell (position INTEGER PRIMARY KEY, value)');
    const values = [null, 9_223_372_036_854_775_807n, -9_223_372_036_854_775_808n, 2n ** 53n + 1n, 1.5, -0.25, HOSTILE_TEXT, new Uint8Array([0, 1, 254, 255])];
    for (const [position, value] of values.entries()) {
      await writer.execute({ sql: 'INSERT INTO cell (position, value) VALUES (?, ?)', args: [position, value] });
    }

    // A second client reads, so the values must have been committed to the file.
    const reader = server.connect({ intMode: 'bigint' });
    const { rows } = await reader.execute('SELECT value, typeof(value) AS type FROM cell ORDER BY position');
    expect(rows.map((row) => row.type)).toEqual(['null', 'integer', 'integer', 'integer', 'real', 'real', 'text', 'blob']);
    expect(rows.slice(0, 7).map((row) => row.value)).toEqual(values.slice(0, 7));
    expect(new Uint8Array(rows[7]?.value as ArrayBuffer)).toEqual(new Uint8Array([0, 1, 254, 255]));
  });

  it('keeps a float a float even when it has no fraction', async () => {
    const client = (await startTestServer()).connect();
    const { rows } = await client.execute({ sql: 'SELECT ? AS value, typeof(?) AS type', args: [3, 3] });
    expect(rows[0]).toMatchObject({ value: 3, type: 'real' });
  });

  it('binds positional, numbered and named arguments, with or without their prefix', async () => {
    const client = (await startTestServer()).connect();
    expect((await client.execute({ sql: 'SELECT ? AS a, ? AS b', args: ['one', 'two'] })).rows[0]).toMatchObject({ a: 'one', b: 'two' });
    expect((await client.execute({ sql: 'SELECT ?2 AS a, ?1 AS b', args: ['one', 'two'] })).rows[0]).toMatchObject({ a: 'two', b: 'one' });
    const named = await client.execute({ sql: 'SELECT :a AS a, @b AS b, $c AS c, :a || :a AS twice', args: { a: 'x', '@b': 'y', $c: 'z' } });
    expect(named.rows[0]).toMatchObject({ a: 'x', b: 'y', c: 'z', twice: 'xx' });
  });

  it('refuses arguments that do not match the parameters', async () => {
    const client = (await startTestServer()).connect();
    await expect(client.execute({ sql: 'SELECT ?, ?', args: [1] })).rejects.toMatchObject({ code: 'ARGS_INVALID' });
    await expect(client.execute({ sql: 'SELECT ?', args: [1, 2] })).rejects.toMatchObject({ code: 'ARGS_INVALID' });
    await expect(client.execute({ sql: 'SELECT :a', args: { a: 1, typo: 2 } })).rejects.toMatchObject({ code: 'ARGS_INVALID' });
    await expect(client.execute({ sql: 'SELECT 1', args: [1] })).rejects.toMatchObject({ code: 'ARGS_INVALID' });
  });

  it('reports rows affected, the last insert rowid exactly, and column names and declared types', async () => {
    const client = (await startTestServer()).connect({ intMode: 'bigint' });
    await client.execute('CREATE TABLE service (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note)');
    const inserted = await client.execute("INSERT INTO service (id, name) VALUES (4611686018427387905, 'a'), (4611686018427387906, 'b')");
    expect(inserted.rowsAffected).toBe(2);
    expect(inserted.lastInsertRowid).toBe(4_611_686_018_427_387_906n);

    const updated = await client.execute("UPDATE service SET note = 'n'");
    expect(updated.rowsAffected).toBe(2);
    const returning = await client.execute("INSERT INTO service (name) VALUES ('c') RETURNING id, name");
    expect(returning.rowsAffected).toBe(1);
    expect(returning.rows[0]).toMatchObject({ name: 'c' });

    const selected = await client.execute('SELECT id, name AS label, note, length(name) AS size FROM service');
    expect(selected.rowsAffected).toBe(0);
    expect(selected.columns).toEqual(['id', 'label', 'note', 'size']);
    expect(selected.columnTypes).toEqual(['INTEGER', 'TEXT', '', '']);
    expect(selected.rows).toHaveLength(3);
  });

  it('maps SQLite errors to LibsqlError with the code sqld sends', async () => {
    const client = (await startTestServer()).connect();
    await client.execute('CREATE TABLE person (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE)');
    await client.execute("INSERT INTO person (username) VALUES ('ada')");

    const syntax = await client.execute('SELEC 1').catch((error: unknown) => error);
    expect(syntax).toBeInstanceOf(LibsqlError);
    expect(syntax).toMatchObject({ code: 'SQLITE_ERROR', message: expect.stringContaining('syntax error') });
    await expect(client.execute("INSERT INTO person (username) VALUES ('ada')")).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT',
      message: expect.stringContaining('UNIQUE constraint failed: person.username'),
    });
    await expect(client.execute('INSERT INTO person (username) VALUES (NULL)')).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    await expect(client.execute('SELECT * FROM missing')).rejects.toMatchObject({ code: 'SQLITE_ERROR' });
  });

  it('refuses several statements in one execute instead of silently running only the first', async () => {
    const client = (await startTestServer()).connect();
    await client.execute('CREATE TABLE log (line TEXT)');
    await expect(client.execute("INSERT INTO log VALUES ('a'); INSERT INTO log VALUES ('b')")).rejects.toMatchObject({ code: 'SQL_MANY_STATEMENTS' });
    await expect(client.execute(' -- nothing but a comment')).rejects.toMatchObject({ code: 'SQL_NO_STATEMENT' });
    expect((await client.execute('SELECT count(*) AS n FROM log')).rows[0]?.n).toBe(0);
    // A semicolon inside a string, a name or a trigger body is not a second statement.
    await client.execute("INSERT INTO log VALUES ('a; b')");
    await client.execute('CREATE TRIGGER log_twice AFTER INSERT ON log WHEN new.line = \'x\' BEGIN INSERT INTO log VALUES (\'y\'); INSERT INTO log VALUES (\'z\'); END;');
    await client.execute("INSERT INTO log VALUES ('x')");
    expect((await client.execute('SELECT count(*) AS n FROM log')).rows[0]?.n).toBe(4);
  });

  it('runs a sequence of statements, stopping at the first that fails', async () => {
    const client = (await startTestServer()).connect();
    await client.executeMultiple("CREATE TABLE log (line TEXT); INSERT INTO log VALUES ('a'); INSERT INTO log VALUES ('b');");
    await expect(client.executeMultiple("INSERT INTO log VALUES ('c'); INSERT INTO missing VALUES (1); INSERT INTO log VALUES ('d');")).rejects.toMatchObject({
      code: 'SQLITE_ERROR',
    });
    const { rows } = await client.execute('SELECT line FROM log ORDER BY line');
    expect(rows.map((row) => row.line)).toEqual(['a', 'b', 'c']);
  });
});
