/**
 * A database handle the server can be built on before the database is reachable. Until
 * `attach()` hands it the real, migrated client, every operation fails at once with
 * DATABASE_UNAVAILABLE (nothing is sent, so nothing can have been stored), which the public
 * side answers from its snapshots and the console with a clear 503. Afterwards it is a plain
 * pass-through. The Node entry uses it so that it can listen first and connect, migrate and
 * seed in the background for as long as the database takes to come back. Runtime-neutral.
 */
import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client/web';
import { DatabaseUnavailableError } from './outage-errors';

export class StandbyClient implements Client {
  private inner: Client | null = null;
  private isClosed = false;

  /** From now on every operation goes to `client`, which must be migrated already. */
  attach(client: Client): void {
    if (this.isClosed) {
      client.close();
      return;
    }
    this.inner = client;
  }

  get attached(): boolean {
    return this.inner !== null;
  }

  private client(): Client {
    if (this.inner) return this.inner;
    throw new DatabaseUnavailableError('The server has not connected to its database yet');
  }

  /** Runs `work` on the attached client; before that, a rejected promise (never a throw). */
  private run<T>(work: (client: Client) => Promise<T>): Promise<T> {
    try {
      return work(this.client());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  get closed(): boolean {
    return this.isClosed;
  }

  get protocol(): string {
    return this.inner?.protocol ?? 'file';
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return this.run((client) => (typeof stmtOrSql === 'string' ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql)));
  }

  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    return this.run((client) => client.batch(stmts, mode));
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.run((client) => client.migrate(stmts));
  }

  transaction(mode?: TransactionMode): Promise<Transaction> {
    return this.run((client) => client.transaction(mode));
  }

  executeMultiple(sql: string): Promise<void> {
    return this.run((client) => client.executeMultiple(sql));
  }

  sync() {
    return this.run((client) => client.sync());
  }

  close(): void {
    this.isClosed = true;
    this.inner?.close();
  }

  reconnect(): void {
    this.inner?.reconnect();
  }
}
