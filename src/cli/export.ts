/**
 * `npm run export -- --out DIR [--base-url URL] [--watch [--interval SECONDS]]`: writes the
 * whole public site as static files ("the alternative website", src/export/) into DIR, and with
 * --watch keeps it current after every publication, for a mirror on another host.
 *
 * Exit codes: 0 done (or the watch was stopped with Ctrl-C / SIGTERM), 1 failed (message on
 * stderr), 2 wrong usage. Reads only; the database is not migrated or changed.
 */
import { argv, env, stderr, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { systemClock } from '../clock';
import { createDatabase, type Database } from '../db/database';
import { localDateFrom } from '../domain/opening-hours';
import { ExportError, exportSite, normaliseBaseUrl, type SiteExport } from '../export/site';
import { PublicState } from '../http/public-state';
import { PUBLIC_PAGES } from '../routes/public-export';
import { CliAbort, CliUsageError, databaseUrl, openDatabase, reportError, runCommand, shownUrl } from './backup-database';
import { OutputError, OutputFolder, type WriteResult } from './export-files';
import { forTerminal } from './terminal-text';

const USAGE = `Usage: npm run export -- --out DIR [--base-url URL] [--watch [--interval SECONDS]]

Writes the whole public status page as static files into DIR: every page in every language,
status.txt, every feed (RSS, Atom, JSON Feed) with its archive pages, the maintenance
calendar, and the stylesheets and icons. Links between the files are relative, so DIR works from any web server, any static
host, or opened straight from a USB stick (open index.html). Unchanged files are left as they
are; every changed file is renamed into place whole.

Options:
  --out DIR           the folder to write (created if missing; must be empty or an earlier export)
  --base-url URL      the address the files will be published at, used where a URL must be
                      absolute (canonical links, feeds, the poster's QR code); default:
                      PUBLIC_URL, else the public URL in the site settings
  --watch             keep DIR current: look for a new publication every few seconds and
                      export again when there is one; database outages are logged and waited out
  --interval SECONDS  how often --watch looks (default 5)
  -h, --help          show this help

Environment: DATABASE_URL (default file:data/status.db; or a libsql:// or http(s):// URL),
LIBSQL_AUTH_TOKEN for a remote database, PUBLIC_URL.

Mirror DIR with, for example: rsync -a --delete --exclude '.export-*' DIR/ host:/var/www/status/
`;

interface Options {
  out: string;
  baseUrl: string | null;
  watch: boolean;
  intervalMs: number;
}

function parseOptions(args: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        'base-url': { type: 'string' },
        watch: { type: 'boolean' },
        interval: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  if (!values.out) throw new CliUsageError('No --out DIR given.');
  const interval = values.interval === undefined ? 5 : Number(values.interval);
  if (!Number.isFinite(interval) || interval < 0.1 || interval > 86_400) throw new CliUsageError(`--interval must be a number of seconds from 0.1 to 86400, not "${values.interval}".`);
  if (values.interval !== undefined && !values.watch) throw new CliUsageError('--interval is for --watch.');
  let baseUrl: string | null = null;
  try {
    const given = values['base-url'] ?? env.PUBLIC_URL;
    baseUrl = given ? normaliseBaseUrl(given) : null;
  } catch (error) {
    throw new CliUsageError(`${values['base-url'] ? '--base-url' : 'PUBLIC_URL'}: ${(error as Error).message}`);
  }
  return { out: values.out, baseUrl, watch: values.watch === true, intervalMs: Math.round(interval * 1000) };
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** "rendered 120/548 files" on stderr: in place on a terminal, every tenth part otherwise. */
function progressReporter(): (done: number, total: number) => void {
  let shownTenth = -1;
  return (done, total) => {
    if (stderr.isTTY) {
      stderr.write(`\r  rendered ${done}/${total} files`);
      if (done === total) stderr.write('\n');
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth > shownTenth || done === total) {
      shownTenth = tenth;
      stderr.write(`  rendered ${done}/${total} files\n`);
    }
  };
}

async function exportOnce(
  db: Database,
  folder: OutputFolder,
  options: Options,
  showProgress: boolean,
  timeoutMs?: number,
): Promise<{ site: SiteExport; result: WriteResult; ms: number }> {
  const started = performance.now();
  const rendering = exportSite(db, {
    pages: PUBLIC_PAGES,
    now: systemClock.now(),
    baseUrl: options.baseUrl,
    onProgress: showProgress ? progressReporter() : undefined,
  });
  // Only the rendering is given up on: a late result is dropped, never written over a newer one.
  const site = timeoutMs ? await withTimeout(rendering, timeoutMs, 'The export') : await rendering;
  const result = folder.write(site);
  return { site, result, ms: performance.now() - started };
}

function summary({ site, result, ms }: Awaited<ReturnType<typeof exportOnce>>, dir: string): string {
  const changes = `${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed`;
  return `Exported ${site.files.length} files (${size(site.bytes)}; ${changes}) of revision ${site.revision} to ${dir} in ${seconds(ms)}; absolute links start with ${site.baseUrl}`;
}

/** What --watch compares: the revision and time state (opening hours, deadlines), and the local day (status.txt). */
async function publicStateKey(state: PublicState): Promise<string> {
  const view = await state.current();
  const timeZone = view.site?.timeZone ?? 'Europe/Stockholm';
  return `${view.stateKey}|${localDateFrom(systemClock.now(), timeZone, 0)}`;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${seconds(ms)}`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One line saying why: the causes' messages without drizzle's "Failed query: <the SQL>" wrapper
 * ("fetch failed: connect ECONNREFUSED 127.0.0.1:8080"), short enough for a log line.
 */
function message(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current && depth < 8; current = (current as { cause?: unknown }).cause, depth++) {
    const text = current instanceof Error ? current.message : String(current);
    if (!text.startsWith('Failed query:') && !parts.includes(text)) parts.push(text);
  }
  // A driver's message can quote what it was given: made safe for the terminal too.
  const line = forTerminal((parts.join(': ') || 'unknown error').replace(/\s+/g, ' ').trim());
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** The database's questions in one poll or export may take this long before the try counts as failed. */
const POLL_TIMEOUT_MS = 15_000;
const EXPORT_TIMEOUT_MS = 10 * 60_000;
const OUTAGE_REMINDER_MS = 60_000;

async function watch(db: Database, folder: OutputFolder, options: Options): Promise<number> {
  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = () => {
    stopping = true;
    wake?.();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const state = new PublicState(db, systemClock, 0);
  let exportedKey: string | null = null;
  let exportedRevision = folder.revision;
  let exports = 0;
  let failing = false;
  let lastFailure: string | null = null;
  let lastFailureShownAt = 0;
  stderr.write(`${stamp()} watching ${shownUrl(databaseUrl())} every ${seconds(options.intervalMs)} (Ctrl-C stops)\n`);
  for (let first = true; !stopping; first = false) {
    if (!first) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      if (stopping) break;
    }
    try {
      // Read before exporting: a publication landing during the export is seen at the next look.
      const key = await withTimeout(publicStateKey(state), POLL_TIMEOUT_MS, 'The database');
      if (failing) stderr.write(`${stamp()} the database answers again\n`);
      failing = false;
      lastFailure = null;
      if (key === exportedKey) continue;
      const done = await exportOnce(db, folder, options, exports === 0, EXPORT_TIMEOUT_MS);
      exportedKey = key;
      exportedRevision = done.site.revision;
      exports++;
      stderr.write(`${stamp()} ${summary(done, folder.dir)}\n`);
    } catch (error) {
      if (error instanceof OutputError || error instanceof ExportError) {
        reportError(message(error));
        return 1;
      }
      const kept = exportedRevision === null ? 'no export written yet' : `keeping the export of revision ${exportedRevision}`;
      const line = `database unavailable (${message(error)}); ${kept}; trying again every ${seconds(options.intervalMs)}`;
      // Said once, then again only if the reason changes or once a minute, not at every try.
      if (line !== lastFailure || Date.now() - lastFailureShownAt >= OUTAGE_REMINDER_MS) {
        stderr.write(`${stamp()} ${line}\n`);
        lastFailure = line;
        lastFailureShownAt = Date.now();
      }
      failing = true;
    }
  }
  stdout.write(`Stopped watching after ${exports} ${exports === 1 ? 'export' : 'exports'}; ${folder.dir} holds revision ${exportedRevision ?? 'none'}\n`);
  return 0;
}

export async function main(args: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(args);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    reportError(error.message, USAGE);
    return 2;
  }
  if (options === 'help') {
    stdout.write(USAGE);
    return 0;
  }
  const url = databaseUrl();
  let client;
  try {
    client = await openDatabase(url, { create: false });
    const folder = OutputFolder.open(options.out);
    const db = createDatabase(client);
    stderr.write(`Exporting ${shownUrl(url)} to ${folder.dir}…\n`);
    if (options.watch) return await watch(db, folder, options);
    stdout.write(`${summary(await exportOnce(db, folder, options, true), folder.dir)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliAbort || error instanceof OutputError || error instanceof ExportError) {
      reportError(error.message);
      return 1;
    }
    reportError(`could not export ${shownUrl(url)}: ${message(error)}`);
    return 1;
  } finally {
    client?.close();
  }
}

runCommand(main, argv.slice(2));
