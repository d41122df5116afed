/**
 * The JSON shapes of Hrana over HTTP, version 2 (the `/v2/pipeline` endpoint), as this
 * development server reads and writes them. Requests are validated with zod at the edge, and
 * values are decoded into what the native driver binds, so nothing past this module sees raw
 * JSON. Field names are the protocol's own (snake_case), not ours to choose.
 */
import { z } from 'zod';

/** A value as the native driver binds and returns it (integers always as bigint). */
export type SqlValue = null | bigint | number | string | Buffer;

const MIN_INTEGER = -(2n ** 63n);
const MAX_INTEGER = 2n ** 63n - 1n;

const sqlValue = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('null') }),
    // The protocol sends 64-bit integers as decimal strings; JSON numbers would lose precision.
    z.object({
      type: z.literal('integer'),
      value: z.string().refine(isInt64Text, 'an integer value must be a 64-bit integer written as a decimal string'),
    }),
    z.object({ type: z.literal('float'), value: z.number() }),
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({ type: z.literal('blob'), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'blob must be base64') }),
  ])
  .transform((value): SqlValue => {
    switch (value.type) {
      case 'null':
        return null;
      case 'integer':
        return BigInt(value.value);
      case 'float':
      case 'text':
        return value.value;
      case 'blob':
        return Buffer.from(value.base64, 'base64');
    }
  });

function isInt64Text(text: string): boolean {
  if (!/^-?\d{1,19}$/.test(text)) return false;
  const value = BigInt(text);
  return value >= MIN_INTEGER && value <= MAX_INTEGER;
}

const sqlId = z.int32();

const statement = z
  .object({
    sql: z.string().nullish(),
    sql_id: sqlId.nullish(),
    args: z.array(sqlValue).nullish(),
    named_args: z.array(z.object({ name: z.string(), value: sqlValue })).nullish(),
    want_rows: z.boolean().nullish(),
  })
  .transform((stmt) => ({
    sqlText: sqlTextOf(stmt),
    args: stmt.args ?? [],
    namedArgs: new Map((stmt.named_args ?? []).map((arg) => [arg.name, arg.value] as const)),
    // Optional since Hrana 2, and then it means "yes".
    wantRows: stmt.want_rows ?? true,
  }));

export type StatementRequest = z.output<typeof statement>;

/** SQL given inline or by the id of a text stored earlier on the stream: exactly one of them. */
export type SqlTextSource = { sql: string } | { sqlId: number } | { invalid: string };

function sqlTextOf(source: { sql?: string | null; sql_id?: number | null }): SqlTextSource {
  const hasSql = source.sql !== undefined && source.sql !== null;
  const hasId = source.sql_id !== undefined && source.sql_id !== null;
  if (hasSql === hasId) return { invalid: 'exactly one of "sql" and "sql_id" must be given' };
  return hasSql ? { sql: source.sql as string } : { sqlId: source.sql_id as number };
}

export type BatchCondition =
  | { type: 'ok'; step: number }
  | { type: 'error'; step: number }
  | { type: 'not'; cond: BatchCondition }
  | { type: 'and'; conds: BatchCondition[] }
  | { type: 'or'; conds: BatchCondition[] }
  | { type: 'is_autocommit' };

const stepIndex = z.int().nonnegative();

const batchCondition: z.ZodType<BatchCondition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ok'), step: stepIndex }),
    z.object({ type: z.literal('error'), step: stepIndex }),
    z.object({ type: z.literal('not'), cond: batchCondition }),
    z.object({ type: z.literal('and'), conds: z.array(batchCondition) }),
    z.object({ type: z.literal('or'), conds: z.array(batchCondition) }),
    z.object({ type: z.literal('is_autocommit') }),
  ]),
);

const batch = z.object({
  steps: z.array(z.object({ condition: batchCondition.nullish(), stmt: statement })),
});

export type BatchRequest = z.output<typeof batch>;

const sqlTextFields = { sql: z.string().nullish(), sql_id: sqlId.nullish() };

/** One request of a pipeline. Parsed one by one, so a malformed request fails only itself. */
export const streamRequest = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('close') }),
    z.object({ type: z.literal('execute'), stmt: statement }),
    z.object({ type: z.literal('batch'), batch }),
    z.object({ type: z.literal('sequence'), ...sqlTextFields }),
    z.object({ type: z.literal('describe'), ...sqlTextFields }),
    z.object({ type: z.literal('store_sql'), sql_id: sqlId, sql: z.string() }),
    z.object({ type: z.literal('close_sql'), sql_id: sqlId }),
    z.object({ type: z.literal('get_autocommit') }),
  ])
  .transform((request) => {
    switch (request.type) {
      case 'sequence':
      case 'describe':
        return { type: request.type, sqlText: sqlTextOf(request) };
      case 'store_sql':
        return { type: request.type, sqlId: request.sql_id, sql: request.sql };
      case 'close_sql':
        return { type: request.type, sqlId: request.sql_id };
      default:
        return request;
    }
  });

export type StreamRequest = z.output<typeof streamRequest>;

/** The body of `POST /v2/pipeline`; its requests are parsed later, each on its own. */
export const pipelineRequestBody = z.object({
  baton: z.string().nullish(),
  requests: z.array(z.unknown()),
});

// What the server sends back. Only ever built by this server, so plain types suffice.

export type WireValue =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string };

export interface WireError {
  message: string;
  code: string;
}

export interface WireColumn {
  name: string | null;
  decltype: string | null;
}

export interface WireStatementResult {
  cols: WireColumn[];
  rows: WireValue[][];
  affected_row_count: number;
  last_insert_rowid: string | null;
}

export interface WireBatchResult {
  step_results: (WireStatementResult | null)[];
  step_errors: (WireError | null)[];
}

export interface WireDescribeResult {
  params: { name: string | null }[];
  cols: { name: string; decltype: string | null }[];
  is_explain: boolean;
  is_readonly: boolean;
}

export type WireStreamResponse =
  | { type: 'close' }
  | { type: 'execute'; result: WireStatementResult }
  | { type: 'batch'; result: WireBatchResult }
  | { type: 'sequence' }
  | { type: 'describe'; result: WireDescribeResult }
  | { type: 'store_sql' }
  | { type: 'close_sql' }
  | { type: 'get_autocommit'; is_autocommit: boolean };

export type WireStreamResult = { type: 'ok'; response: WireStreamResponse } | { type: 'error'; error: WireError };

export interface WirePipelineResponse {
  baton: string | null;
  base_url: string | null;
  results: WireStreamResult[];
}
