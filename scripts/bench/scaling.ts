/**
 * History scaling: how long an uncached rendering of each public page takes with 100, 10 000
 * and 100 000 published updates. A page whose time grows with the history will be the one
 * that falls over during the next long incident, when every reader arrives after each update.
 *
 * Each page is requested through the real app in process (`createApp`, `app.request`), so
 * the figures include everything an uncached request pays: routing, middleware, the revision
 * read, the queries, rendering and gzip. "Uncached" is made by bumping the public revision
 * before every timed request, as a publication does; the reload of the site settings that
 * follows is part of what such a request costs, and it does not depend on the history.
 */
import { createApp } from '../../src/app';
import { fixedClock } from '../../src/clock';
import type { Database } from '../../src/db/database';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { BENCH_NOW, BENCH_SERVICE } from './fixture';
import { databaseWithHistory } from './history-data';
import { printTable } from './table';

export const SCALING_SIZES = [100, 10_000, 100_000] as const;
/** The issue's target: the 100 000-update figure within 1.2× of the 100-update one. */
export const SCALING_TARGET = 1.2;

export const SCALING_PAGES = [
  { name: 'overview', path: '/' },
  { name: 'service page', path: `/tjanster/${BENCH_SERVICE}` },
  { name: 'incident page', path: '/handelser/it-angrepp' },
  { name: 'history page', path: '/historik' },
  { name: 'main feed (Atom)', path: '/feed.atom' },
] as const;

export interface ScalingRow {
  name: string;
  path: string;
  /** Median milliseconds per size (wall clock), in SCALING_SIZES order. */
  medians: number[];
  /**
   * Median CPU milliseconds of this process per size: on a shared machine, other processes
   * stretch the wall-clock time but hardly this (the embedded database runs on this thread).
   */
  cpuMedians: number[];
  /** Body bytes per size: a page that grows with the history shows it here too. */
  bytes: number[];
}

function appOn(db: Database) {
  const errors: unknown[] = [];
  const app = createApp({
    db,
    clock: fixedClock(BENCH_NOW),
    config: {
      publicUrl: null,
      buildId: 'bench',
      precompress: true,
      revisionTtlMs: 1000,
      auth: { passwordIterations: 1000, session: DEFAULT_SESSION_POLICY, setupToken: null },
    },
    log: () => {},
    logError: (_message, error) => errors.push(error),
  });
  return { app, errors };
}

/** What a publication does to the public side, without publishing anything. */
async function bumpRevision(db: Database): Promise<void> {
  await db.$client.execute('update public_revision set revision = revision + 1 where id = 1');
  db.$commits.notify();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Builds one database per size first, then takes the timings round by round, every page at
 * every size in each round, so drift on a shared machine (another job starting, the CPU
 * clocking down) spreads over all sizes instead of landing on one of them.
 */
export async function measureScaling(
  options: { runs: number; sizes?: readonly number[]; progress?: (line: string) => void } = { runs: 15 },
): Promise<ScalingRow[]> {
  const sizes = options.sizes ?? SCALING_SIZES;
  const progress = options.progress ?? (() => {});
  const targets = [];
  for (const size of sizes) {
    const filling = performance.now();
    const history = await databaseWithHistory(size);
    progress(`scaling: ${history.updates} updates, ${history.incidents} incidents (filled in ${((performance.now() - filling) / 1000).toFixed(1)} s)`);
    targets.push({ ...history, ...appOn(history.db) });
  }
  const rows: ScalingRow[] = SCALING_PAGES.map((page) => ({ ...page, medians: [], cpuMedians: [], bytes: [] }));
  const times = rows.map(() => sizes.map((): number[] => []));
  const cpuTimes = rows.map(() => sizes.map((): number[] => []));
  const warmUps = Math.max(3, Math.ceil(options.runs / 3));
  try {
    for (let round = -warmUps; round < options.runs; round++) {
      for (const [s, target] of targets.entries()) {
        for (const [p, row] of rows.entries()) {
          await bumpRevision(target.db);
          const cpu = process.cpuUsage();
          const started = performance.now();
          const response = await target.app.request(row.path);
          const body = await response.arrayBuffer();
          const elapsed = performance.now() - started;
          const used = process.cpuUsage(cpu);
          if (response.status !== 200) {
            const error = target.errors.at(-1);
            throw new Error(`${row.path} with ${target.updates} updates answered ${response.status}${error ? `: ${String(error)}` : ''}`);
          }
          row.bytes[s] = body.byteLength;
          if (round >= 0) {
            times[p]![s]!.push(elapsed);
            cpuTimes[p]![s]!.push((used.user + used.system) / 1000);
          }
        }
      }
      if (round === -1) progress(`scaling: warmed up (${warmUps} rounds); measuring ${options.runs} rounds`);
    }
  } finally {
    for (const target of targets) target.db.$client.close();
  }
  for (const [p, row] of rows.entries()) {
    row.medians = times[p]!.map(median);
    row.cpuMedians = cpuTimes[p]!.map(median);
  }
  return rows;
}

/** Largest size ÷ smallest, wall clock (the issue's measure). */
export function scalingRatio(row: ScalingRow): number {
  return row.medians.at(-1)! / row.medians[0]!;
}

/** The same on CPU time: the figure to trust when the machine was busy. */
export function cpuScalingRatio(row: ScalingRow): number {
  return row.cpuMedians.at(-1)! / row.cpuMedians[0]!;
}

export function printScalingTable(rows: ScalingRow[], sizes: readonly number[] = SCALING_SIZES, runs?: number): void {
  const label = (size: number) => `${size.toLocaleString('en-US').replace(/,/g, ' ')} upd.`;
  const ratio = `${label(sizes.at(-1)!).replace(' upd.', '')}/${sizes[0]}`;
  const header = ['page', ...sizes.map(label), ratio, `CPU ${ratio}`, 'bytes (first → last)'];
  const body = rows.map((row) => [
    row.name,
    ...row.medians.map((ms, index) => `${ms.toFixed(1)} ms (CPU ${row.cpuMedians[index]!.toFixed(1)})`),
    `${scalingRatio(row).toFixed(2)}×`,
    `${cpuScalingRatio(row).toFixed(2)}×`,
    `${row.bytes[0]} → ${row.bytes.at(-1)}`,
  ]);
  console.log(
    `\nHistory scaling: uncached render through the app, median of ${runs ?? '?'} requests each, wall clock (and this process's CPU time); target ≤ ${SCALING_TARGET}×`,
  );
  printTable(header, body);
}
