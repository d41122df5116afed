/**
 * A libSQL client that waits while another connection holds the lock, without stopping the
 * server, and that never keeps using a connection a failure has spoiled (docs/decisions/0019).
 *
 * Waiting: SQLite's own busy timeout (`PRAGMA busy_timeout`, the native client's `timeout`
 * option) sleeps inside the synchronous native call, which on Node freezes the event loop:
 * no page is served while an editor waits, and a transaction of this same process that
 * awaits something (a hash, say) cannot finish and release its lock, so the waiter always
 * times out. So the wait happens here, between attempts, on timers: an operation refused
 * with SQLITE_BUSY is tried again until it succeeds or `timeoutMs` has passed, and then the
 * last error is thrown. Only operations that fail as a whole are tried again: a statement
 * outside a transaction, a batch or a migration (each its own transaction, rolled back on
 * failure), and the BEGIN of an interactive transaction. A statement inside a transaction
 * is not: retrying part of a transaction would not be the same transaction.
 *
 * Spoiled connections: with the embedded driver (libsql 0.5), a statement that fails with
 * SQLITE_BUSY, and a COMMIT that fails, stay "in progress" until the garbage collector
 * finalizes them. Until then every BEGIN on that connection fails with SQLITE_BUSY, even
 * once nobody holds the lock; the client pools its connections, so the spoiled one keeps
 * being handed out. That is how sign-ins kept failing after an outside writer had long
 * finished. Such a failure therefore retires the whole underlying client: new work goes to
 * a fresh one from `open`, and the old one is closed as soon as the work still running on
 * it (an open transaction, say) has finished. Runtime-neutral.
 */
import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client/web';
import { isBusyError, isLockConflict } from './availability';

export interface BusyWait {
  /** How long one operation may wait in total for another connection's lock. */
  timeoutMs: number;
}

/** 5, 10, 20, 40, 80, then 100 ms between attempts: quick when a lock is brief, cheap when not. */
function delayBefore(attempt: number): number {
  return Math.min(100, 5 * 2 ** attempt);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A failure after which the connection it ran on must not be used again (see above). */
const spoilsConnection = isLockConflict;

/** One underlying client and the work still running on it. */
interface Generation {
  client: Client;
  running: number;
  retired: boolean;
}

class TrackedTransaction implements Transaction {
  private settled = false;
  /** A statement failed in a way that spoils the connection: retire it when the transaction ends. */
  private spoiled = false;

  constructor(
    private readonly inner: Transaction,
    /** Called once, when the transaction has given its connection back; `spoiled` retires it. */
    private readonly onSettle: (spoiled: boolean) => void,
  ) {}

  get closed(): boolean {
    return this.inner.closed;
  }

  private settle(spoiled: boolean): void {
    if (this.settled) return;
    this.settled = true;
    this.onSettle(spoiled);
  }

  private async watch<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (spoilsConnection(error)) this.spoiled = true;
      throw error;
    }
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    return this.watch(() => this.inner.execute(stmt));
  }

  batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.watch(() => this.inner.batch(stmts));
  }

  executeMultiple(sql: string): Promise<void> {
    return this.watch(() => this.inner.executeMultiple(sql));
  }

  async commit(): Promise<void> {
    try {
      await this.inner.commit();
      this.settle(this.spoiled);
    } catch (error) {
      // A failed COMMIT is rolled back by the client, but its statement spoils the connection.
      this.settle(true);
      throw error;
    }
  }

  async rollback(): Promise<void> {
    try {
      // After some failures (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) SQLite has rolled the
      // transaction back itself; a ROLLBACK then fails with TRANSACTION_CLOSED and hides the
      // error that caused it (the editor got a 500 instead of "the database is full").
      // close() gives the connection back without one.
      if (this.inner.closed) this.inner.close();
      else await this.inner.rollback();
    } finally {
      this.settle(this.spoiled);
    }
  }

  close(): void {
    try {
      this.inner.close();
    } finally {
      this.settle(this.spoiled);
    }
  }
}

class BusyWaitingClient implements Client {
  private current: Generation;
  private readonly generations = new Set<Generation>();
  private isClosed = false;

  constructor(
    private readonly open: () => Client,
    private readonly wait: BusyWait,
  ) {
    this.current = this.fresh();
  }

  get closed(): boolean {
    return this.isClosed;
  }

  get protocol(): string {
    return this.current.client.protocol;
  }

  private fresh(): Generation {
    const generation = { client: this.open(), running: 0, retired: false };
    this.generations.add(generation);
    return generation;
  }

  private retire(generation: Generation): void {
    if (!generation.retired) {
      generation.retired = true;
      if (this.current === generation && !this.isClosed) this.current = this.fresh();
    }
    this.closeIfDone(generation);
  }

  private closeIfDone(generation: Generation): void {
    if (generation.retired && generation.running === 0 && this.generations.delete(generation)) generation.client.close();
  }

  private begin(): Generation {
    const generation = this.current;
    generation.running++;
    return generation;
  }

  private end(generation: Generation, error?: unknown, spoiled = error !== undefined && spoilsConnection(error)): void {
    generation.running--;
    if (spoiled) this.retire(generation);
    else this.closeIfDone(generation);
  }

  /** One attempt on the current client; a spoiling failure retires that client. */
  private async attempt<T>(work: (client: Client) => Promise<T>, alwaysSpoils = false): Promise<T> {
    const generation = this.begin();
    try {
      const result = await work(generation.client);
      this.end(generation);
      return result;
    } catch (error) {
      this.end(generation, error, alwaysSpoils || spoilsConnection(error));
      throw error;
    }
  }

  private async whileBusy<T>(work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.wait.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        const remaining = deadline - Date.now();
        if (this.isClosed || !isBusyError(error) || remaining <= 0) throw error;
        await sleep(Math.min(delayBefore(attempt), remaining));
      }
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return this.whileBusy(() =>
      this.attempt((client) => (typeof stmtOrSql === 'string' ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql))),
    );
  }

  /** Batches and migrations end in a COMMIT, and a failed COMMIT spoils its connection. */
  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    return this.whileBusy(() => this.attempt((client) => client.batch(stmts, mode), true));
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.whileBusy(() => this.attempt((client) => client.migrate(stmts), true));
  }

  transaction(mode?: TransactionMode): Promise<Transaction> {
    return this.whileBusy(async () => {
      const generation = this.begin();
      let inner: Transaction;
      try {
        inner = await generation.client.transaction(mode);
      } catch (error) {
        this.end(generation, error);
        throw error;
      }
      // The generation stays busy until the transaction gives its connection back.
      return new TrackedTransaction(inner, (spoiled) => this.end(generation, undefined, spoiled));
    });
  }

  /** Not tried again: it runs its statements one by one, so a failure may come after some ran. */
  executeMultiple(sql: string): Promise<void> {
    return this.attempt((client) => client.executeMultiple(sql));
  }

  sync() {
    return this.attempt((client) => client.sync());
  }

  close(): void {
    this.isClosed = true;
    for (const generation of this.generations) generation.client.close();
    this.generations.clear();
  }

  reconnect(): void {
    for (const generation of [...this.generations]) this.retire(generation);
    this.isClosed = false;
    if (this.current.retired) this.current = this.fresh();
  }
}

/**
 * A client over connections from `open`, waiting up to `timeoutMs` for other connections'
 * locks and replacing the underlying client after a failure that spoils a connection. Each
 * call of `open` must reach the same database, so never an in-memory one.
 */
export function waitWhenBusy(open: () => Client, wait: BusyWait): Client {
  return new BusyWaitingClient(open, wait);
}
