/** Native results turned into Hrana's JSON shapes. */
import { HranaError } from './hrana-errors';
import type { SqlValue, WireDescribeResult, WireStatementResult, WireValue } from './hrana-protocol';
import type { StatementDescription, StatementOutcome } from './sqlite-connection';

export function encodeValue(value: SqlValue): WireValue {
  if (value === null) return { type: 'null' };
  // Integers travel as decimal strings so that 64-bit values survive JSON's doubles.
  if (typeof value === 'bigint') return { type: 'integer', value: value.toString() };
  if (typeof value === 'number') {
    // SQLite can hold ±Infinity, JSON cannot; failing the statement beats a silent null.
    if (!Number.isFinite(value)) throw new HranaError(`The float ${value} cannot be sent as JSON`, 'VALUE_NOT_REPRESENTABLE');
    return { type: 'float', value };
  }
  if (typeof value === 'string') return { type: 'text', value };
  return { type: 'blob', base64: Buffer.from(value).toString('base64') };
}

export function encodeStatementOutcome(outcome: StatementOutcome): WireStatementResult {
  return {
    cols: outcome.columns.map((column) => ({ name: column.name, decltype: column.decltype })),
    rows: outcome.rows.map((row) => row.map(encodeValue)),
    affected_row_count: outcome.affectedRowCount,
    last_insert_rowid: outcome.lastInsertRowid === null ? null : outcome.lastInsertRowid.toString(),
  };
}

export function encodeDescription(description: StatementDescription): WireDescribeResult {
  return {
    params: description.parameterNames.map((name) => ({ name })),
    cols: description.columns,
    is_explain: description.isExplain,
    is_readonly: description.isReadonly,
  };
}
