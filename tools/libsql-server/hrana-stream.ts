/**
 * A Hrana stream: one connection, the SQL texts the client stored on it, and the stream
 * requests run against them. Every request succeeds or fails on its own; only `close` (or
 * expiry) ends the stream.
 */
import { executeBatch } from './hrana-batch';
import { encodeDescription, encodeStatementOutcome } from './hrana-encode';
import { HranaError } from './hrana-errors';
import type { SqlTextSource, StatementRequest, StreamRequest, WireStatementResult, WireStreamResponse } from './hrana-protocol';
import type { SqliteConnection } from './sqlite-connection';

export class HranaStream {
  readonly #connection: SqliteConnection;
  readonly #storedSql = new Map<number, string>();
  #closed = false;

  constructor(connection: SqliteConnection) {
    this.#connection = connection;
  }

  get isClosed(): boolean {
    return this.#closed;
  }

  /** Answers one request; a failure is thrown, for the pipeline to report as this request's error. */
  async handle(request: StreamRequest): Promise<WireStreamResponse> {
    if (this.#closed) throw new HranaError('The stream is closed', 'STREAM_CLOSED');
    switch (request.type) {
      case 'close':
        this.close();
        return { type: 'close' };
      case 'execute':
        return { type: 'execute', result: await this.#execute(request.stmt) };
      case 'batch': {
        const runner = { executeStatement: (stmt: StatementRequest) => this.#execute(stmt), isAutocommit: () => this.#connection.isAutocommit };
        return { type: 'batch', result: await executeBatch(request.batch, runner) };
      }
      case 'sequence':
        this.#connection.executeSequence(this.#sqlFrom(request.sqlText));
        return { type: 'sequence' };
      case 'describe':
        return { type: 'describe', result: encodeDescription(this.#connection.describe(this.#sqlFrom(request.sqlText))) };
      case 'store_sql':
        if (this.#storedSql.has(request.sqlId)) throw new HranaError(`SQL text ${request.sqlId} is already stored`, 'SQL_ID_IN_USE');
        this.#storedSql.set(request.sqlId, request.sql);
        return { type: 'store_sql' };
      case 'close_sql':
        // Closing an id that is not in use is allowed by the protocol.
        this.#storedSql.delete(request.sqlId);
        return { type: 'close_sql' };
      case 'get_autocommit':
        return { type: 'get_autocommit', is_autocommit: this.#connection.isAutocommit };
    }
  }

  async #execute(stmt: StatementRequest): Promise<WireStatementResult> {
    const outcome = await this.#connection.execute({ ...stmt, sql: this.#sqlFrom(stmt.sqlText) });
    return encodeStatementOutcome(outcome);
  }

  #sqlFrom(source: SqlTextSource): string {
    if ('invalid' in source) throw new HranaError(source.invalid, 'INVALID_REQUEST');
    if ('sql' in source) return source.sql;
    const sql = this.#storedSql.get(source.sqlId);
    if (sql === undefined) throw new HranaError(`No SQL text is stored under id ${source.sqlId}`, 'SQL_ID_NOT_FOUND');
    return sql;
  }

  /** Ends the stream, rolling back any transaction it left open. Safe to call twice. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#storedSql.clear();
    this.#connection.close();
  }
}
