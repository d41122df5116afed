/**
 * How the write API refuses a request: always JSON, `{ "error": { "code", "message", "field"? } }`,
 * never cached, and one shape for every endpoint (native, Statuspage manage shape, monitor
 * hooks). Handlers throw `ApiWriteError`; `apiWriteErrorResponse` turns it into the answer, and
 * `storeErrorToApi` maps the store's typed errors in one place.
 */
import type { Context } from 'hono';
import { ConflictError, InputError, NotFoundError, RefusedError } from '../../store/errors';

export const WRITE_BODY_LIMIT_BYTES = 1024 * 1024;
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export type ApiWriteErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 503;

export type ApiWriteErrorCode =
  | 'bad-json'
  | 'too-large'
  | 'unsupported-media-type'
  | 'invalid'
  | 'not-found'
  | 'conflict'
  | 'version-mismatch'
  | 'idempotency-key-reused'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'unavailable';

export class ApiWriteError extends Error {
  constructor(
    readonly status: ApiWriteErrorStatus,
    readonly code: ApiWriteErrorCode,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiWriteError';
  }
}

export interface ApiWriteErrorBody {
  error: { code: ApiWriteErrorCode; message: string; field?: string };
}

export function apiWriteErrorBody(error: ApiWriteError): ApiWriteErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.field === undefined ? {} : { field: error.field }) } };
}

export function apiWriteErrorResponse(c: Context, error: ApiWriteError): Response {
  return c.body(JSON.stringify(apiWriteErrorBody(error)), error.status, {
    'Content-Type': JSON_CONTENT_TYPE,
    'Cache-Control': 'no-store',
    ...error.headers,
  });
}

/** A refusal naming the field it is about (422), as the console puts a message next to a field. */
export const invalidField = (field: string, message: string) => new ApiWriteError(422, 'invalid', message, field);
export const notFound = (message: string, field?: string) => new ApiWriteError(404, 'not-found', message, field);

/**
 * The store's expected failures as API refusals; null for anything else (a fault, or the
 * database being unavailable, which the caller answers as it answers those).
 */
export function storeErrorToApi(error: unknown): ApiWriteError | null {
  if (error instanceof ApiWriteError) return error;
  if (error instanceof InputError) {
    if (error.code === 'not-found') return notFound(error.message, error.field);
    return new ApiWriteError(422, 'invalid', error.message, error.field);
  }
  if (error instanceof NotFoundError) return notFound(error.message);
  if (error instanceof ConflictError)
    return new ApiWriteError(412, 'version-mismatch', `${error.message} The current version is ${error.currentVersion}.`, undefined, {
      ETag: `"${error.currentVersion}"`,
    });
  if (error instanceof RefusedError) return new ApiWriteError(409, 'conflict', error.message);
  return null;
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Reads a request body of at most 1 MB (413 beyond, counted as it arrives, so a body without
 * Content-Length cannot make us hold more) and parses it as JSON (400 when it is not). A body
 * sent as something other than JSON is a 415; no Content-Type at all is read as JSON, as curl
 * users forget it. Written here rather than with hono/body-limit because the limit has to be
 * an error in this API's shape at the point the handler reads, for every transport alike.
 */
export async function readJsonBody(c: Context, limit = WRITE_BODY_LIMIT_BYTES): Promise<unknown> {
  const type = mediaType(c.req.header('Content-Type'));
  if (type !== '' && type !== 'application/json' && !type.endsWith('+json'))
    throw new ApiWriteError(415, 'unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).');
  const declared = Number(c.req.header('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const text = await readLimitedText(c, limit);
  if (text.trim() === '') throw new ApiWriteError(400, 'bad-json', 'The request has no body; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiWriteError(400, 'bad-json', 'The body is not valid JSON.');
  }
}

const tooLarge = (limit: number) =>
  new ApiWriteError(413, 'too-large', `The body is larger than ${Math.round(limit / 1024)} KiB.`);

async function readLimitedText(c: Context, limit: number): Promise<string> {
  const raw = c.req.raw;
  if (raw.bodyUsed || !raw.body) {
    // Already read by a middleware (Hono keeps it), or none at all.
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > limit) throw tooLarge(limit);
    return new TextDecoder().decode(bytes);
  }
  const reader = raw.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch {
      throw new ApiWriteError(400, 'bad-json', 'The body could not be read.');
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Runs a store call and words the field of an input error the way the API's request names it
 * (`startsAt` → `starts_at`), so a refusal points at what the client sent.
 */
export async function withRequestFields<T>(run: () => Promise<T>, rename: (field: string) => string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputError && error.field !== undefined && error.code !== 'not-found') {
      throw new ApiWriteError(422, 'invalid', error.message, rename(error.field));
    }
    throw error;
  }
}
