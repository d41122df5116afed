/**
 * What the native driver does not expose about a prepared statement (sqlite3_bind_parameter_name,
 * sqlite3_stmt_readonly), read instead from SQLite's own compiled program via EXPLAIN: every use
 * of a parameter is a `Variable` opcode (P1 = its index, P4 = its name), and a statement that
 * writes opens a write transaction (`Transaction` with P2 ≠ 0).
 */
import type Database from 'libsql';

export interface StatementProgram {
  /** Name of parameter i + 1 ("?NNN", ":name", "@name", "$name"), or null for a bare `?`. */
  parameterNames: (string | null)[];
  /** 1-based indexes the statement actually reads; `SELECT ?2` has two parameters but uses one. */
  usedParameters: ReadonlySet<number>;
  writes: boolean;
}

type ExplainRow = [addr: number, opcode: string, p1: number, p2: number, p3: number, p4: unknown, p5: number, comment: unknown];

export function readStatementProgram(db: Database.Database, sql: string): StatementProgram {
  const program = readExplainRows(db.prepare(`EXPLAIN ${sql}`).raw(true), []) as ExplainRow[];
  const names = new Map<number, string | null>();
  let writes = false;
  for (const [, opcode, p1, p2, , p4] of program) {
    if (opcode === 'Variable') names.set(p1, typeof p4 === 'string' && p4 !== '' ? p4 : null);
    if (opcode === 'Transaction' && p2 !== 0) writes = true;
  }
  const count = Math.max(0, ...names.keys());
  return {
    parameterNames: Array.from({ length: count }, (_, index) => names.get(index + 1) ?? null),
    usedParameters: new Set(names.keys()),
    writes,
  };
}

/**
 * Reads every row of an EXPLAIN (or EXPLAIN QUERY PLAN) statement and leaves it reset. The
 * driver does not reset a statement after all(), and an un-reset EXPLAIN of a write counts as
 * a pending write: the connection's next implicit transaction then never commits and keeps the
 * write lock. get() steps once more and resets; for EXPLAIN that step has no effect.
 */
export function readExplainRows(statement: Database.Statement, values: unknown[]): unknown[] {
  const rows = statement.all(values);
  statement.get(values);
  return rows;
}

/** No `?`, `:`, `@` or `$` anywhere means no parameters, and no need to compile an EXPLAIN. */
export function mayHaveParameters(sql: string): boolean {
  return /[?:@$]/.test(sql);
}
