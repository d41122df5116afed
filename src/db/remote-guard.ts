/**
 * A remote database (Turso, sqld, the local Hrana endpoint) reached over HTTP can fail in two
 * ways the client does not name: the connection fails (the client lets fetch's TypeError
 * through, with no code), or the server accepts and never answers (the client waits for ever).
 * This wrapper gives both a code ./availability.ts knows: transport failures become
 * DATABASE_UNREACHABLE, and an operation still unanswered after `deadlineMs` fails with
 * DATABASE_TIMEOUT, so no request of ours, public or admin, waits on a hung database without
 * end. SQL errors (LibsqlError, with the server's code) pass through unchanged.
 *
 * Only for remote clients: an embedded file cannot hang this way (its calls are synchronous,
 * and lock waits are bounded by ./busy-client). Runtime-neutral.
 */
import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client/web';
import { DatabaseTimeoutError, DatabaseUnreachableError } from './outage-errors';

/**
 * Far above any statement of ours over a working connection (milliseconds to Turso), so it
 * never cuts one short; low enough that an editor facing a hung database hears so while they
 * still wait. The public side gives up much sooner (DATABASE_TIMEOUT_MS) and serves snapshots.
 */
export const REMOTE_DEADLINE_MS = 10_000;

function isSqlError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'LibsqlError' || name === 'LibsqlBatchError';
}

function withinDeadline<T>(work: () => Promise<T>, deadlineMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(deadlineMs)), deadlineMs);
  });
  let running: Promise<T>;
  try {
    running = work();
  } catch (error) {
    running = Promise.reject(error);
  }
  const named = running.catch((error: unknown) => {
    throw isSqlError(error) ? error : new DatabaseUnreachableError(error);
  });
  return Promise.race([named, deadline]).finally(() => clearTimeout(timer));
}

class GuardedTransaction implements Transaction {
  constructor(
    private readonly inner: Transaction,
    private readonly deadlineMs: number,
  ) {}

  get closed(): boolean {
    return this.inner.closed;
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    return withinDeadline(() => this.inner.execute(stmt), this.deadlineMs);
  }

  batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return withinDeadline(() => this.inner.batch(stmts), this.deadlineMs);
  }

  executeMultiple(sql: string): Promise<void> {
    return withinDeadline(() => this.inner.executeMultiple(sql), this.deadlineMs);
  }

  commit(): Promise<void> {
    return withinDeadline(() => this.inner.commit(), this.deadlineMs);
  }

  rollback(): Promise<void> {
    return withinDeadline(() => this.inner.rollback(), this.deadlineMs);
  }

  close(): void {
    this.inner.close();
  }
}

class GuardedClient implements Client {
  constructor(
    private readonly inner: Client,
    private readonly deadlineMs: number,
  ) {}

  get closed(): boolean {
    return this.inner.closed;
  }

  get protocol(): string {
    return this.inner.protocol;
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return withinDeadline(
      () => (typeof stmtOrSql === 'string' ? this.inner.execute(stmtOrSql, args) : this.inner.execute(stmtOrSql)),
      this.deadlineMs,
    );
  }

  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    return withinDeadline(() => this.inner.batch(stmts, mode), this.deadlineMs);
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return withinDeadline(() => this.inner.migrate(stmts), this.deadlineMs);
  }

  async transaction(mode?: TransactionMode): Promise<Transaction> {
    return new GuardedTransaction(await withinDeadline(() => this.inner.transaction(mode), this.deadlineMs), this.deadlineMs);
  }

  executeMultiple(sql: string): Promise<void> {
    return withinDeadline(() => this.inner.executeMultiple(sql), this.deadlineMs);
  }

  sync() {
    return withinDeadline(() => this.inner.sync(), this.deadlineMs);
  }

  close(): void {
    this.inner.close();
  }

  reconnect(): void {
    this.inner.reconnect();
  }
}

export function isRemoteUrl(url: string): boolean {
  return !url.startsWith('file:') && !url.includes(':memory:');
}

/** `client` with named transport failures and a deadline on every operation (see above). */
export function guardRemote(client: Client, deadlineMs = REMOTE_DEADLINE_MS): Client {
  return new GuardedClient(client, deadlineMs);
}
