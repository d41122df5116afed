/**
 * The Node entry (src/node.ts) run for real as a child process on a database file, as `npm
 * start` runs it (the bundle of tests/helpers/server-bundle.setup.mjs), checked from outside
 * as a client and a proxy would see it: which address it records behind a trusted proxy
 * (issue 9, defect 4), that raw hostile paths never redirect off the origin (defect 1), no
 * HSTS over plain http, and the database file in WAL mode (defect 5).
 */
import { createClient } from '@libsql/client';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeServerArguments } from '../helpers/child-server';
import { rawRequest } from './raw-http';

const ROOT = join(import.meta.dirname, '..', '..');
/** Starting the server takes a second or more on a busy machine. */
const SLOW = 120_000;

let dir: string;
let databaseUrl: string;
let child: ChildProcess;
let base: string;

function startServer(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, nodeServerArguments(), {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on ([\d.]+):(\d+)/.exec(output);
      if (listening) resolve(`http://${listening[1]}:${listening[2]}`);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'node-entry-'));
  databaseUrl = `file:${join(dir, 'status.db')}`;
  base = await startServer({
    DATABASE_URL: databaseUrl,
    // Last good copies in the test's directory, not the repository's data/.
    SNAPSHOT_DIR: join(dir, 'snapshot'),
    LIBSQL_AUTH_TOKEN: '',
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_URL: 'http://127.0.0.1',
    EXAMPLE_DATA: 'false',
    TRUST_PROXY: '1',
    SETUP_TOKEN: '',
    // A failed sign-in derives once at the server's work factor; 600 000 are not the point here.
    PASSWORD_ITERATIONS: '1000',
  });
  // It listens before it has connected to its database (docs/decisions/0025-last-known-good.md).
  for (let tries = 0; tries < 200 && (await fetch(`${base}/healthz`)).status !== 200; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
}, SLOW);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The sign-in form's cookies and token, as a browser gets them by opening the page. */
async function openSignInPage(): Promise<{ cookie: string; token: string }> {
  const page = await rawRequest(base, { target: '/admin/login' });
  const cookie = (page.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  return { cookie, token };
}

describe('the Node server', () => {
  it('behind one trusted proxy records the address the proxy appended, not the one the client wrote', async () => {
    const { cookie, token } = await openSignInPage();
    const body = new URLSearchParams({ username: 'finns-inte', password: 'fel lösenord', next: '/admin', _csrf: token }).toString();
    const response = await rawRequest(base, {
      method: 'POST',
      target: '/admin/login',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: base,
        Cookie: cookie,
        // The client wrote 6.6.6.6; our proxy appended the address it saw.
        'X-Forwarded-For': '6.6.6.6, 203.0.113.7',
      },
      body,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);

    const client = createClient({ url: databaseUrl });
    try {
      const rows = (await client.execute("SELECT ip FROM audit_log WHERE action = 'auth.login-failed'")).rows;
      expect(rows.map((row) => row.ip)).toEqual(['203.0.113.7']);
    } finally {
      client.close();
    }
  }, SLOW);

  it('never redirects a raw hostile path off the origin', async () => {
    for (const target of ['//evil.example/', '//evil.example/a/?q=1', '//%5Cevil.example/', '/%5C%5Cevil.example/']) {
      const response = await rawRequest(base, { target });
      expect(response.status, target).toBeLessThan(500);
      const location = response.headers.location;
      if (location) expect(new URL(location, base).origin, target).toBe(new URL(base).origin);
    }
  });

  it('sends no Strict-Transport-Security over plain http', async () => {
    const response = await rawRequest(base, { target: '/' });
    expect(response.status).toBe(200);
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses to start, saying why, with a PASSWORD_ITERATIONS that is no positive whole number', async () => {
    const refused = spawn(process.execPath, nodeServerArguments(), {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: `file:${join(dir, 'never.db')}`, SNAPSHOT_DIR: join(dir, 'never'), PORT: '0', PASSWORD_ITERATIONS: '600k' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    refused.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    refused.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => refused.once('close', resolve));
    expect(code).toBe(1);
    expect(output).toContain('PASSWORD_ITERATIONS must be a positive whole number, got "600k"');
    expect(output).not.toMatch(/listening on/);
  }, SLOW);

  it('keeps its database file in WAL mode', async () => {
    const client = createClient({ url: databaseUrl });
    try {
      expect((await client.execute('PRAGMA journal_mode')).rows[0]![0]).toBe('wal');
    } finally {
      client.close();
    }
  });
});
