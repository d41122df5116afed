/**
 * Measures the two flows of issue 12's "Done when" as a communicator on a phone without
 * JavaScript would go through them: `npm run measure:console` (`-- --help` for the options).
 *
 * It builds and starts the real Node server as `npm start` does (scripts/bench/app-server.ts)
 * on a fresh database with the example municipality, adds an editor with the admin CLI, and
 * drives headless Chromium (tests/helpers/browser.ts: /usr/bin/chromium, no downloads) at
 * 390 × 844 px with JavaScript off. After signing in (not timed) it times
 *   (a) a status change with a note in Swedish and English from the dashboard, and
 *   (b) a new incident from a template, with a line added in each language, previewed and
 *       published,
 * at a human pace: 1.5 s before every tap (reading, finding the control) and 5 characters a
 * second of typing. Per flow it prints the total, the taps, the characters typed, the page
 * loads, and the server's share: the time to first byte of every request, summed, over the
 * flow's total (loopback, so that is the server's own time). It exits 1 when a flow fails or
 * takes longer than the issue allows (30 s and 120 s), 2 on wrong usage.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import { buildServer, startApp, type AppServer } from './bench/app-server';
import { freeLoopbackPort, sleep, stopChildrenOnExit } from './bench/processes';

const USAGE = `Usage: npm run measure:console [-- options]

Times two console flows in headless Chromium at 390 x 844 px without JavaScript, on a fresh
example database served by the real Node server (built first, as npm start does):
  (a) a status change with a note in Swedish and English, from the dashboard;
  (b) a new incident from a template, a line added per language, previewed and published.

Options:
  --no-pace     tap and type at machine speed (checks the flows; the limits are not judged)
  --no-build    use the server bundle dist/node/server.js as it is
  --help        this text

Exit codes: 0 both flows done within the issue's limits (30 s and 120 s), 1 a flow failed or
was too slow, 2 wrong usage.`;

const PHONE = { width: 390, height: 844 };
const TAP_PAUSE_MS = 1_500;
const CHARACTERS_PER_SECOND = 5;
const LIMITS_S = { status: 30, template: 120 } as const;
const EDITOR = { username: 'kommunikator', password: 'mätning av konsolens flöden 2026' };

interface FlowResult {
  name: string;
  totalMs: number;
  taps: number;
  characters: number;
  pageLoads: number;
  serverMs: number;
  limitS: number;
}

/** Counts what a person does and what the page and the server do, for one flow. */
class Meter {
  taps = 0;
  characters = 0;
  pageLoads = 0;
  serverMs = 0;
  private readonly started = performance.now();

  constructor(
    private readonly page: Page,
    private readonly paced: boolean,
  ) {
    page.on('framenavigated', this.onNavigated);
    page.on('requestfinished', this.onRequest);
  }

  private onNavigated = (frame: ReturnType<Page['mainFrame']>) => {
    if (frame === this.page.mainFrame()) this.pageLoads += 1;
  };

  private onRequest = (request: Request) => {
    const timing = request.timing();
    if (timing.requestStart >= 0 && timing.responseStart >= timing.requestStart) this.serverMs += timing.responseStart - timing.requestStart;
  };

  /** A tap, after the pause a person needs to read and find the control. */
  async tap(action: () => Promise<unknown>): Promise<void> {
    if (this.paced) await sleep(TAP_PAUSE_MS);
    this.taps += 1;
    await action();
  }

  /** Typing at 5 characters a second (the field is tapped first, which counts as a tap). */
  async type(locator: ReturnType<Page['locator']>, text: string, options: { atEnd?: boolean } = {}): Promise<void> {
    await this.tap(() => locator.click());
    if (options.atEnd) await locator.press('Control+End');
    // Each key on a schedule of 5 a second from the first: the time the browser takes per key
    // is inside the interval, not added to it (a fixed delay after each key typed slower).
    const started = performance.now();
    for (const [index, character] of [...text].entries()) {
      if (this.paced) await sleep(Math.max(0, started + (index * 1_000) / CHARACTERS_PER_SECOND - performance.now()));
      await this.page.keyboard.type(character);
      this.characters += 1;
    }
    if (this.paced) await sleep(Math.max(0, started + ([...text].length * 1_000) / CHARACTERS_PER_SECOND - performance.now()));
  }

  finish(name: string, limitS: number): FlowResult {
    this.page.off('framenavigated', this.onNavigated);
    this.page.off('requestfinished', this.onRequest);
    return { name, totalMs: performance.now() - this.started, taps: this.taps, characters: this.characters, pageLoads: this.pageLoads, serverMs: this.serverMs, limitS };
  }
}

/** The editor the flows sign in as, made with the admin CLI as an operator would. */
function createEditor(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/cli/admin.ts', 'create-user', '--username', EDITOR.username, '--name', 'Kim Kommunikatör', '--role', 'editor', '--password-stdin'],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.stdin.end(`${EDITOR.password}\n`);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`admin create-user exited ${code}: ${errors.trim()}`))));
  });
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/admin/login`);
  await page.getByLabel('Användarnamn').fill(EDITOR.username);
  await page.getByLabel('Lösenord').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL(`${url}/admin`);
}

/** (a) From the dashboard: a service's status and a note in both languages, published. */
async function statusChange(page: Page, paced: boolean): Promise<FlowResult> {
  const meter = new Meter(page, paced);
  const row = page.locator('li.status-row', { hasText: 'Sophämtning' });
  await meter.tap(() => row.getByText('Ändra status för Sophämtning').click());
  await meter.tap(() => row.getByLabel('Ny status').selectOption('degraded'));
  await meter.type(row.getByLabel('Meddelande på svenska'), 'Sophämtningen är försenad i hela kommunen.');
  await meter.type(row.getByLabel('Meddelande på engelska'), 'Waste collection is delayed everywhere.');
  await meter.tap(() => row.getByRole('button', { name: 'Publicera' }).click());
  await page.waitForURL(/\/admin\?published=/);
  await page.getByText('Publicerat: Sophämtning har nu status Begränsad funktion.').first().waitFor();
  return meter.finish('status change, note in sv and en', LIMITS_S.status);
}

/** (b) From the dashboard: a new incident from a template, a line added per language, previewed, published. */
async function incidentFromTemplate(page: Page, url: string, paced: boolean): Promise<FlowResult> {
  const meter = new Meter(page, paced);
  await meter.tap(() => page.getByRole('link', { name: 'Händelser', exact: true }).click());
  await meter.tap(() => page.getByRole('link', { name: 'Ny händelse' }).click());
  await meter.tap(() => page.getByRole('link', { name: 'E-post fungerar inte' }).click());
  await page.waitForURL(/\/admin\/incidents\/new\?template=/);
  await meter.type(page.locator('#f-sv-whatHappened'), ' Det började kl. 03.10 i natt.', { atEnd: true });
  await meter.type(page.locator('#f-en-whatHappened'), ' It began at 03:10 last night.', { atEnd: true });
  await meter.tap(() => page.getByRole('button', { name: 'Förhandsgranska' }).click());
  await page.locator('#new-incident-preview').waitFor();
  await meter.tap(() => page.getByRole('button', { name: 'Publicera', exact: true }).click());
  await page.waitForURL(/\/admin\/incidents\/\d+\?created/);
  await page.getByText('Händelsen är skapad och syns på statussidan.').first().waitFor();
  const result = meter.finish('incident from a template, published', LIMITS_S.template);
  // Published for real: the public page has it, in both languages.
  const slug = (await page.locator('a[href^="/handelser/"]').first().getAttribute('href'))!;
  const visitor = await page.context().newPage();
  await visitor.goto(url + slug);
  await visitor.getByText('Det började kl. 03.10 i natt.').waitFor();
  await visitor.close();
  return result;
}

function table(results: FlowResult[]): string {
  const rows = [['flow', 'total s', 'taps', 'characters', 'page loads', 'server s', 'server share', 'limit s']];
  for (const r of results)
    rows.push([r.name, (r.totalMs / 1000).toFixed(1), String(r.taps), String(r.characters), String(r.pageLoads), (r.serverMs / 1000).toFixed(2), `${((100 * r.serverMs) / r.totalMs).toFixed(1)} %`, String(r.limitS)]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs({ options: { 'no-pace': { type: 'boolean' }, 'no-build': { type: 'boolean' }, help: { type: 'boolean' } }, strict: true }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const paced = !options['no-pace'];
  const dir = mkdtempSync(join(tmpdir(), 'measure-console-'));
  let server: AppServer | null = null;
  stopChildrenOnExit(() => rmSync(dir, { recursive: true, force: true }));
  const browser = await launchBrowser();
  try {
    if (!options['no-build']) buildServer();
    server = await startApp({ dir, port: await freeLoopbackPort() });
    await createEditor(`file:${join(dir, 'bench.db')}`);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, server.url);
    const results = [await statusChange(page, paced), await incidentFromTemplate(page, server.url, paced)];
    console.log(table(results));
    const [a, b] = results as [FlowResult, FlowResult];
    const within = results.every((r) => r.totalMs <= r.limitS * 1000);
    const pace = paced ? '1.5 s before each tap, 5 characters/s' : 'machine speed (no pace)';
    console.log(
      `measure:console: status change ${(a.totalMs / 1000).toFixed(1)} s, incident from template ${(b.totalMs / 1000).toFixed(1)} s at ${pace}, 390 px, no JavaScript — ${paced ? (within ? 'both within 30 s / 120 s' : 'OVER the issue’s limits') : 'limits not judged'}`,
    );
    return paced && !within ? 1 : 0;
  } catch (error) {
    console.error(`measure:console: a flow failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await browser.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
