/**
 * One native libSQL connection to the database file: what a Hrana stream runs its statements
 * on. Each stream gets its own, so a transaction begun in one HTTP request stays open, and
 * isolated from other streams, until a later request commits it.
 */
import Database from 'libsql';
import { HranaError } from './hrana-errors';
import type { SqlValue } from './hrana-protocol';
import { inspectSqlText } from './sql-text';
import { bindArguments } from './statement-arguments';
import { mayHaveParameters, readExplainRows, readStatementProgram } from './statement-program';
import { isBusyError, retryWhileLocked } from './wait-for-lock';

export interface StatementInput {
  sql: string;
  args: readonly SqlValue[];
  namedArgs: ReadonlyMap<string, SqlValue>;
  wantRows: boolean;
}

export interface Column {
  name: string;
  decltype: string | null;
}

export interface StatementOutcome {
  columns: Column[];
  rows: SqlValue[][];
  affectedRowCount: number;
  lastInsertRowid: bigint | null;
}

export interface StatementDescription {
  parameterNames: (string | null)[];
  columns: Column[];
  isExplain: boolean;
  isReadonly: boolean;
}

type Counters = [changes: bigint, lastInsertRowid: bigint, totalChanges: bigint];

const NOTHING: StatementOutcome = { columns: [], rows: [], affectedRowCount: 0, lastInsertRowid: null };

export class SqliteConnection {
  readonly #databasePath: string;
  readonly #busyTimeoutMs: number;
  #db!: Database.Database;
  // The driver's run() reports the last rowid as a JS number, which rounds beyond 2^53, and a
  // query with RETURNING reports no change count at all; SQLite's own functions are exact.
  #counters!: Database.Statement;
  /** Set when the connection had to be replaced mid-transaction; see #replaceStuckConnection. */
  #transactionLost = false;
  #closed = false;

  constructor(databasePath: string, busyTimeoutMs: number) {
    this.#databasePath = databasePath;
    this.#busyTimeoutMs = busyTimeoutMs;
    this.#open();
  }

  #open(): void {
    this.#db = new Database(this.#databasePath);
    this.#counters = this.#db.prepare('SELECT changes(), last_insert_rowid(), total_changes()').raw(true).safeIntegers(true);
  }

  get isAutocommit(): boolean {
    return !this.#transactionLost && !this.#db.inTransaction;
  }

  /** Runs one statement; while another stream holds the write lock, waits (up to the busy timeout). */
  async execute(input: StatementInput): Promise<StatementOutcome> {
    const words = singleStatementWords(input.sql);
    if (this.#transactionLost) return this.#answerInLostTransaction(words);
    const isExplain = words[0] === 'EXPLAIN';
    const statement = await retryWhileLocked(() => this.#whileOpen(() => this.#db.prepare(input.sql)), this.#busyTimeoutMs);
    statement.safeIntegers(true);
    const values = this.#argumentsFor(input, isExplain);
    const [, , totalBefore] = this.#readCounters();
    const isReader = statement.reader;
    if (isReader) statement.raw(true);
    // The same statement object is retried: one that failed with SQLITE_BUSY stays active
    // inside SQLite until it runs again to the end.
    const rows = await this.#stepWhileLocked((): SqlValue[][] => {
      if (!isReader) {
        statement.run(values);
        return [];
      }
      // Read to the end even when the rows are not wanted: a statement left half-stepped would
      // keep running (INSERT … RETURNING) and would make a later COMMIT fail.
      return (isExplain ? readExplainRows(statement, values) : statement.all(values)) as SqlValue[][];
    });
    const [changes, lastInsertRowid, totalAfter] = this.#readCounters();
    // changes() keeps the count of the last INSERT/UPDATE/DELETE, so it is stale after a
    // SELECT or CREATE; the total only moves when this statement changed rows.
    const changedRows = totalAfter !== totalBefore;
    return {
      columns: isReader ? columnsOf(statement) : [],
      rows: input.wantRows ? rows : [],
      affectedRowCount: changedRows ? Number(changes) : 0,
      lastInsertRowid: changedRows ? lastInsertRowid : null,
    };
  }

  async #stepWhileLocked<T>(step: () => T): Promise<T> {
    try {
      return await retryWhileLocked(() => this.#whileOpen(step), this.#busyTimeoutMs);
    } catch (error) {
      if (isBusyError(error) && !this.#closed) this.#replaceStuckConnection();
      throw error;
    }
  }

  /**
   * Guards each attempt, since a statement may be waiting for the lock when the stream is
   * closed; the driver would still run it on the closed connection, and its write would land
   * after the client had been told it failed.
   */
  #whileOpen<T>(attempt: () => T): T {
    if (this.#closed) throw new HranaError('The stream was closed while the statement waited for the write lock', 'STREAM_CLOSED');
    return attempt();
  }

  /**
   * A statement that gave up with SQLITE_BUSY stays active inside SQLite, and the driver has no
   * way to reset or finalize it; while it lives, this connection's implicit transactions never
   * commit. Only a new connection gets out of that. Replacing it rolls back an open transaction,
   * so the stream then refuses statements until the client rolls back, as clients do after a
   * failed write; carrying on in autocommit would commit half a transaction.
   */
  #replaceStuckConnection(): void {
    this.#transactionLost = this.#db.inTransaction;
    this.#closeNative();
    this.#open();
  }

  /** Only a ROLLBACK (not ROLLBACK TO a savepoint) ends a lost transaction; it has nothing left to undo. */
  #answerInLostTransaction([first, second, third]: string[]): StatementOutcome {
    const isRollback = first === 'ROLLBACK' && second !== 'TO' && !(second === 'TRANSACTION' && third === 'TO');
    if (!isRollback) throw lostTransaction();
    this.#transactionLost = false;
    return NOTHING;
  }

  #argumentsFor(input: StatementInput, isExplain: boolean): SqlValue[] {
    // EXPLAIN cannot be explained again; its arguments are passed on as given.
    if (isExplain) return [...input.args];
    const mayHave = mayHaveParameters(input.sql);
    if (!mayHave && input.args.length === 0 && input.namedArgs.size === 0) return [];
    const parameters = mayHave ? readStatementProgram(this.#db, input.sql) : { parameterNames: [], usedParameters: new Set<number>() };
    return bindArguments(parameters, input.args, input.namedArgs);
  }

  #readCounters(): Counters {
    return this.#counters.all()[0] as Counters;
  }

  /** Hrana's `sequence`: several statements, no arguments, rows ignored, stops at the first error. */
  executeSequence(sql: string): void {
    if (this.#transactionLost) throw lostTransaction();
    // Not retried when locked: statements before the locked one have already run.
    try {
      this.#db.exec(sql);
    } catch (error) {
      if (isBusyError(error)) this.#replaceStuckConnection();
      throw error;
    }
  }

  describe(sql: string): StatementDescription {
    const isExplain = singleStatementWords(sql)[0] === 'EXPLAIN';
    const statement = this.#db.prepare(sql);
    const columns = statement.reader ? columnsOf(statement) : [];
    if (isExplain) return { parameterNames: [], columns, isExplain, isReadonly: true };
    const program = readStatementProgram(this.#db, sql);
    return { parameterNames: program.parameterNames, columns, isExplain, isReadonly: !program.writes };
  }

  /** Rolls back whatever is still open, so no lock outlives the stream. */
  close(): void {
    this.#closed = true;
    this.#closeNative();
  }

  #closeNative(): void {
    // The driver closes a connection only once its statements are garbage-collected, so the
    // explicit ROLLBACK is what releases the transaction's locks and snapshot now.
    try {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
    } catch {
      // Nothing more can be done here; the eventual close rolls back as well.
    }
    this.#db.close();
  }
}

function singleStatementWords(sql: string): string[] {
  const shape = inspectSqlText(sql);
  if (shape.statementCount === 0) throw new HranaError('SQL string does not contain any statement', 'SQL_NO_STATEMENT');
  if (shape.statementCount > 1) throw new HranaError('SQL string contains more than one statement', 'SQL_MANY_STATEMENTS');
  return shape.leadingWords;
}

function lostTransaction(): HranaError {
  return new HranaError(
    'The transaction was rolled back: one of its statements waited too long for the write lock. Roll back and start again.',
    'TRANSACTION_ABORTED',
  );
}

function columnsOf(statement: Database.Statement): Column[] {
  return statement.columns().map((column) => ({ name: column.name, decltype: column.type }));
}
