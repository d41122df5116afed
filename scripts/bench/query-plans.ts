/**
 * The SQL each public page issues on an uncached request, with SQLite's query plan for each
 * statement (`npm run bench:scaling -- --plans`). A plan step that reads a whole table
 * ("SCAN t" without an index) or sorts ("USE TEMP B-TREE") costs time in proportion to the
 * rows it reads, which is what makes a page slower as the history grows.
 */
import type { Client, InArgs, InStatement } from '@libsql/client';
import { createApp } from '../../src/app';
import { fixedClock } from '../../src/clock';
import { createDatabase } from '../../src/db/database';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { BENCH_NOW } from './fixture';
import { databaseWithHistory } from './history-data';
import { SCALING_PAGES } from './scaling';

interface Statement {
  sql: string;
  args: InArgs | undefined;
}

/** The same client, writing down every statement sent through it while `recording` is on. */
function recordingClient(client: Client) {
  const log = { recording: false, statements: [] as Statement[] };
  const note = (statement: InStatement, args?: InArgs) => {
    if (!log.recording) return;
    log.statements.push(typeof statement === 'string' ? { sql: statement, args } : { sql: statement.sql, args: statement.args });
  };
  const recording = new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'execute') {
        return (statement: InStatement, args?: InArgs) => {
          note(statement, args);
          return args === undefined ? target.execute(statement) : target.execute(statement as string, args);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client: recording, log };
}

/**
 * Plan steps that read or sort rows in proportion to a table's size: a scan without an index
 * (except of a co-routine, the one-row result of a subquery just computed) and a sort. Small
 * tables (services, contact channels) are flagged too; whether a flag matters depends on the
 * table growing with the history.
 */
export function costlySteps(steps: string[]): boolean[] {
  return steps.map((step, index) => {
    if (/USE TEMP B-TREE/.test(step)) return true;
    const scan = /^SCAN (\S+)$/.exec(step);
    return scan !== null && !steps.slice(0, index).includes(`CO-ROUTINE ${scan[1]}`);
  });
}

export async function printQueryPlans(size: number): Promise<void> {
  const history = await databaseWithHistory(size);
  const { client, log } = recordingClient(history.db.$client);
  const db = createDatabase(client);
  const app = createApp({
    db,
    clock: fixedClock(BENCH_NOW),
    config: {
      publicUrl: null,
      buildId: 'plans',
      precompress: false,
      revisionTtlMs: 1000,
      auth: { passwordIterations: 1000, session: DEFAULT_SESSION_POLICY, setupToken: null },
    },
    log: () => {},
  });
  console.log(`\nQuery plans with ${history.updates} updates, ${history.incidents} incidents (✗ = reads in proportion to a table)`);
  try {
    for (const page of SCALING_PAGES) {
      await history.db.$client.execute('update public_revision set revision = revision + 1 where id = 1');
      db.$commits.notify();
      log.statements = [];
      log.recording = true;
      const response = await app.request(page.path);
      await response.arrayBuffer();
      log.recording = false;
      console.log(`\n${page.name} (${page.path}): ${log.statements.length} statements, status ${response.status}`);
      for (const [index, statement] of log.statements.entries()) {
        const plan = await history.db.$client.execute({ sql: `explain query plan ${statement.sql}`, args: statement.args ?? [] });
        const steps = plan.rows.map((row) => String(row.detail));
        const flag = costlySteps(steps).some(Boolean) ? '✗' : ' ';
        const times: number[] = [];
        for (let run = 0; run < 7; run++) {
          const started = performance.now();
          await history.db.$client.execute({ sql: statement.sql, args: statement.args ?? [] });
          times.push(performance.now() - started);
        }
        const ms = times.sort((a, b) => a - b)[3]!.toFixed(3);
        console.log(`${flag} ${index + 1}. [${ms} ms] ${statement.sql.replace(/\s+/g, ' ').slice(0, 160)}${statement.sql.length > 160 ? '…' : ''}`);
        const costly = costlySteps(steps);
        for (const [i, step] of steps.entries()) console.log(`       ${costly[i] ? '✗' : '·'} ${step}`);
      }
    }
  } finally {
    history.db.$client.close();
  }
}
