/** The development libSQL server's command line, run for real as a child process. */
import { createClient } from '@libsql/client/web';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Starting Node with tsx takes about a second, more on a busy machine. */
const SLOW = 60_000;

describe('libsql-server-cli', () => {
  it(
    'prints the URL it serves on, and stops cleanly on SIGTERM',
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'libsql-dev-cli-'));
      onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
      const child = spawn(process.execPath, ['--import', 'tsx', 'tools/libsql-server/libsql-server-cli.ts', '--db', join(directory, 'nested', 'edge.db'), '--port', '0'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      onTestFinished(() => {
        if (child.exitCode === null) child.kill('SIGKILL');
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
          if (found) resolve(found[0]);
        });
        child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
        void exited.then((code) => reject(new Error(`exited with ${code} before serving`)));
      });
      expect(output).toContain('not for production');

      const client = createClient({ url });
      await client.execute('CREATE TABLE ping (at TEXT)');
      expect((await client.execute("SELECT 'pong' AS answer")).rows[0]?.answer).toBe('pong');
      client.close();

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
    SLOW,
  );

  it(
    'explains its usage when the database file is missing from the command line',
    async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tools/libsql-server/libsql-server-cli.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(stderr).toContain('--db is required');
    },
    SLOW,
  );
});
