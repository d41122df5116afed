/**
 * Ready responses (docs/decisions/0034-ready-responses-on-the-hot-path.md): a cached public
 * document is answered before the middleware chain, with headers computed once.
 *
 * Every public page, feed and JSON document is cached per data revision and time state
 * (./serve-page.ts). Between two writes, whatever the middleware adds to such a response is
 * fixed: the security headers, CORS, the frame policy of /embed, HSTS (by scheme). So the
 * first time a document goes the normal way, the final response (every header the client got,
 * the bytes, the status) is kept here, per request target (path and the parameters that
 * select a document), per scheme and per coding (br, gzip, identity), and its 304. Later
 * requests for it get a copy of that response without routing, middleware, a Response
 * object on Node (./node.ts writes the prepared header list itself) or a promise.
 *
 * A kept response is used only while `PublicState.freshStateKey()` gives the state key it
 * was made under: the revision was read within REVISION_TTL_MS, nothing has been committed
 * since (a commit drops the read at once: publications show on the very next request), and
 * the time state has not moved on; and only within the clock minute it was kept in, because
 * some documents are per minute or per local day on top of the state (the poster says when it
 * was printed, status.txt lists today's hours: src/routes/public.ts), and both change on a
 * minute. Anything else goes the normal way and is kept again if it can be: a miss, a stale or
 * failing revision read (and so every last good copy with its banner), admin, other methods,
 * conditional requests and codings not kept yet.
 *
 * Per request a kept response gets only its own X-Request-Id (the one the client sent when
 * hono/request-id would accept it, as the normal path does; otherwise a new one).
 */
import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../clock';
import type { AppEnv } from '../env';
import { MEANINGFUL_PARAMS } from '../snapshot/store';
import { negotiateCoding, type ChosenCoding, type ContentCoding } from './content-encoding';
import type { Bytes } from './page-cache';
import type { PublicState } from './public-state';
import { etagMatches, notModifiedSince } from './serve-page';

/** What serveCached tells the middleware here about the response it made (c.set('readyCandidate')). */
export interface ReadyCandidate {
  etag: string;
  /** What If-Modified-Since is compared with on the normal path; null: never a 304 for it. */
  lastModified: Date | null;
  /** The 200 sent (null for a 304): its coding, its bytes and the codings that were on offer. */
  sent: { coding: ChosenCoding; body: Bytes; codings: readonly ContentCoding[] } | null;
}

export interface ReadyAnswer {
  status: number;
  /** Flat [name, value, name, value, …], as node:http's writeHead takes it. */
  headers: string[];
  /** Null for HEAD and 304. */
  body: Bytes | null;
}

/** A kept response as HTTP/1.1 header lines, for a listener that writes the head itself (src/node-front.ts). */
export interface ReadyWireAnswer {
  status: number;
  /**
   * "name: value\r\n" for every header of `ReadyAnswer.headers` but X-Request-Id, in that
   * order, split where X-Request-Id goes. The same array for every answer of one kept
   * response, so a listener may keep what it makes of it.
   */
  lines: readonly [before: string, after: string];
  /** The client's own request id when hono/request-id would accept it; null: the listener makes a UUID. */
  clientRequestId: string | null;
  body: Bytes | null;
}

interface ReadyVariant {
  status: 200 | 304;
  /** Every header of the normal path's response but X-Request-Id, lower-case names, in its order. */
  pairs: [string, string][];
  /** `pairs` flattened, with Content-Length as the Node adapter adds it for a body. */
  flatForGet: string[];
  flatForHead: string[];
  /** Where X-Request-Id goes in the flat lists (its place among the sorted names). */
  requestIdAt: number;
  body: Bytes | null;
  /** The flat lists as header lines, before and after the request id; made at the first wire answer. */
  wire?: { get: [string, string]; head: [string, string] };
}

interface ReadyDocument {
  etag: string;
  lastModified: Date | null;
  /** The codings its 200 is offered in; unknown until a 200 was kept. */
  codings: readonly ContentCoding[] | null;
  variants: Partial<Record<ChosenCoding | 'not-modified', ReadyVariant>>;
}

type HeaderLookup = (name: string) => string | null | undefined;

const MEANINGFUL = new Set<string>(MEANINGFUL_PARAMS);
/**
 * Targets that every layer reads alike: no percent-escapes, dot segments, empty segments or
 * characters URL parsing would rewrite. So the raw target node:http hands over and the URL the
 * app routed are the same string, and a kept response can be found by either.
 */
// Segments are delimited by "/", which no segment contains: linear, whatever the input.
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?$/;
const PLAIN_VALUE = /^[A-Za-z0-9._~-]*$/;
/** As hono/request-id accepts a client's id. */
const ACCEPTABLE_REQUEST_ID = /^[\w\-=]{1,255}$/;
const CODING_MEMO_LIMIT = 64;
const MINUTE_MS = 60_000;

/** The request target if responses for it may be kept: a plain path and only meaningful parameters. */
export function keepableTarget(target: string): boolean {
  const queryAt = target.indexOf('?');
  const path = queryAt < 0 ? target : target.slice(0, queryAt);
  if (!PLAIN_PATH.test(path)) return false;
  if (queryAt < 0) return true;
  const query = target.slice(queryAt + 1);
  if (query === '') return false;
  const seen = new Set<string>();
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) return false;
    const name = pair.slice(0, equals);
    if (!MEANINGFUL.has(name) || seen.has(name) || !PLAIN_VALUE.test(pair.slice(equals + 1))) return false;
    seen.add(name);
  }
  return true;
}

/** "http:/path?query" for an absolute URL string, without parsing it (the request is already parsed). */
function keyOfUrl(url: string): { scheme: string; target: string } | null {
  const colon = url.indexOf(':');
  if (colon <= 0 || url.charCodeAt(colon + 1) !== 47 || url.charCodeAt(colon + 2) !== 47) return null;
  const pathAt = url.indexOf('/', colon + 3);
  if (pathAt < 0) return null;
  const hashAt = url.indexOf('#', pathAt);
  return { scheme: url.slice(0, colon), target: hashAt < 0 ? url.slice(pathAt) : url.slice(pathAt, hashAt) };
}

/** The client's request id if hono/request-id would accept it, else null. */
export function acceptableRequestId(sent: string | null | undefined): string | null {
  return sent && ACCEPTABLE_REQUEST_ID.test(sent) ? sent : null;
}

export function requestIdFor(sent: string | null | undefined): string {
  return acceptableRequestId(sent) ?? crypto.randomUUID();
}

/**
 * The table's key: the target alone over plain HTTP (what the Node listener asks on every
 * request, so no new string is made for it), prefixed by the scheme otherwise. Targets start
 * with "/", so the two kinds never meet.
 */
function documentKey(scheme: string, target: string): string {
  return scheme === 'http' ? target : `${scheme}:${target}`;
}

/** A flat header list as header lines, split where the request id goes. */
function wireLines(flat: readonly string[], splitAt: number): [string, string] {
  const lines = (from: number, to: number) => {
    let text = '';
    for (let i = from; i < to; i += 2) text += `${flat[i]}: ${flat[i + 1]}\r\n`;
    return text;
  };
  return [lines(0, splitAt), lines(splitAt, flat.length)];
}

export class ReadyResponses {
  private readonly documents = new Map<string, ReadyDocument>();
  /**
   * Every document a response was kept for since start (at most maxDocuments, the oldest
   * forgotten first), across states and minutes: a target here is a cached public document,
   * which a GET reads without changing anything.
   */
  private readonly everKept = new Set<string>();
  /** The state key and clock minute every kept document was made under. */
  private stateKey: string | null = null;
  private minute = -1;
  /** Accept-Encoding values seen, and the coding each gets, per offered list (one list in practice). */
  private readonly codingMemo = new Map<readonly ContentCoding[], Map<string, ChosenCoding>>();

  constructor(
    private readonly publicState: PublicState,
    private readonly clock: Clock,
    private readonly maxDocuments = 500,
  ) {}

  /** How many documents have a kept response (the tests read it). */
  get size(): number {
    return this.documents.size;
  }

  /**
   * Mounted first in the app: notes the state before the request, and after it keeps the
   * response if serveCached made it and the state did not change meanwhile (so it was made
   * from that state and no other).
   */
  readonly keep: MiddlewareHandler<AppEnv> = async (c, next) => {
    const startedAt = this.clock.now().getTime();
    const stateKey = this.publicState.freshStateKey(startedAt);
    const generation = this.publicState.readGeneration;
    await next();
    if (stateKey === null) return;
    const candidate = c.get('readyCandidate');
    if (!candidate) return;
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return;
    const endedAt = this.clock.now().getTime();
    const minute = Math.floor(startedAt / MINUTE_MS);
    if (Math.floor(endedAt / MINUTE_MS) !== minute) return;
    if (this.publicState.readGeneration !== generation || this.publicState.freshStateKey(endedAt) !== stateKey) return;
    const response = c.res;
    const status = response.status;
    if (status !== (candidate.sent ? 200 : 304)) return;
    const url = keyOfUrl(c.req.url);
    if (!url || !keepableTarget(url.target)) return;
    const pairs: [string, string][] = [];
    let requestIdAt = -1;
    for (const [name, value] of response.headers) {
      if (name === 'set-cookie') return; // never hand one person's cookie to everyone
      if (name === 'x-request-id') requestIdAt = pairs.length;
      else pairs.push([name, value]);
    }
    // The response must be what serveCached said it sent (no middleware changed the body).
    const encoding = response.headers.get('content-encoding') ?? 'identity';
    if (candidate.sent && encoding !== candidate.sent.coding) return;

    if (this.stateKey !== stateKey || this.minute !== minute) {
      // Everything kept was made under an earlier state or minute: let it go at once.
      this.documents.clear();
      this.stateKey = stateKey;
      this.minute = minute;
    }
    const key = documentKey(url.scheme, url.target);
    let document = this.documents.get(key);
    if (!document || document.etag !== candidate.etag) {
      document = { etag: candidate.etag, lastModified: candidate.lastModified, codings: null, variants: {} };
      this.documents.delete(key);
      this.documents.set(key, document);
      this.everKept.delete(key);
      this.everKept.add(key);
      if (this.everKept.size > this.maxDocuments) this.everKept.delete(this.everKept.values().next().value!);
      while (this.documents.size > this.maxDocuments) {
        const oldest = this.documents.keys().next().value;
        if (oldest === undefined) break;
        this.documents.delete(oldest);
      }
    }
    const body = candidate.sent?.body ?? null;
    const flat = pairs.flat();
    const variant: ReadyVariant = {
      status,
      pairs,
      flatForHead: flat,
      flatForGet: body ? [...flat, 'Content-Length', String(body.byteLength)] : flat,
      requestIdAt: requestIdAt < 0 ? flat.length : requestIdAt * 2,
      body,
    };
    if (candidate.sent) {
      document.codings = candidate.sent.codings;
      document.variants[candidate.sent.coding] = variant;
    } else {
      document.variants['not-modified'] = variant;
    }
  };

  /** The kept response for a request, or null: then the request goes the normal way. */
  private find(method: string, key: string, header: HeaderLookup): ReadyVariant | null {
    if (method !== 'GET' && method !== 'HEAD') return null;
    const now = this.clock.now().getTime();
    if (Math.floor(now / MINUTE_MS) !== this.minute) return null;
    const stateKey = this.publicState.freshStateKey(now);
    if (stateKey === null || stateKey !== this.stateKey) return null;
    const document = this.documents.get(key);
    if (!document) return null;
    // As serveCached decides: If-None-Match when sent, else If-Modified-Since.
    const ifNoneMatch = header('if-none-match');
    if (ifNoneMatch) {
      if (etagMatches(ifNoneMatch, document.etag)) return document.variants['not-modified'] ?? null;
    } else if (document.lastModified !== null) {
      const ifModifiedSince = header('if-modified-since');
      if (ifModifiedSince && notModifiedSince(ifModifiedSince, document.lastModified)) {
        return document.variants['not-modified'] ?? null;
      }
    }
    if (document.codings === null) return null;
    return document.variants[this.codingFor(header('accept-encoding'), document.codings)] ?? null;
  }

  private codingFor(acceptEncoding: string | null | undefined, codings: readonly ContentCoding[]): ChosenCoding {
    if (!acceptEncoding) return 'identity';
    let memo = this.codingMemo.get(codings);
    if (!memo) {
      memo = new Map();
      this.codingMemo.set(codings, memo);
    }
    let coding = memo.get(acceptEncoding);
    if (coding === undefined) {
      coding = negotiateCoding(acceptEncoding, codings);
      // Clients send a handful of distinct values; a flood of odd ones must not grow this.
      if (memo.size >= CODING_MEMO_LIMIT) memo.clear();
      memo.set(acceptEncoding, coding);
    }
    return coding;
  }

  /**
   * For a node:http listener: the status, flat header list and bytes to write, or null.
   * `target` is the raw request target (IncomingMessage.url), `scheme` the connection's.
   */
  answer(method: string, scheme: string, target: string, header: HeaderLookup): ReadyAnswer | null {
    const variant = this.find(method, documentKey(scheme, target), header);
    if (!variant) return null;
    const withBody = method !== 'HEAD' && variant.body !== null;
    const headers = (withBody ? variant.flatForGet : variant.flatForHead).slice();
    headers.splice(variant.requestIdAt, 0, 'x-request-id', requestIdFor(header('x-request-id')));
    return { status: variant.status, headers, body: withBody ? variant.body : null };
  }

  /**
   * Whether a response for this target was kept before (under any state): then it names a
   * cached public document, and asking the app for it again, to keep it anew, is safe.
   */
  wasKept(scheme: string, target: string): boolean {
    return this.everKept.has(documentKey(scheme, target));
  }

  /** As answer(), with the header lines made once per kept response instead of once per request. */
  answerWire(method: string, scheme: string, target: string, header: HeaderLookup): ReadyWireAnswer | null {
    const variant = this.find(method, documentKey(scheme, target), header);
    if (!variant) return null;
    const withBody = method !== 'HEAD' && variant.body !== null;
    variant.wire ??= { get: wireLines(variant.flatForGet, variant.requestIdAt), head: wireLines(variant.flatForHead, variant.requestIdAt) };
    return {
      status: variant.status,
      lines: withBody ? variant.wire.get : variant.wire.head,
      clientRequestId: acceptableRequestId(header('x-request-id')),
      body: withBody ? variant.body : null,
    };
  }

  /** For any runtime: the kept response as a Response, or null. */
  respond(request: Request): Response | null {
    const url = keyOfUrl(request.url);
    if (!url) return null;
    const variant = this.find(request.method, documentKey(url.scheme, url.target), (name) => request.headers.get(name));
    if (!variant) return null;
    const headers = new Headers(variant.pairs);
    headers.set('x-request-id', requestIdFor(request.headers.get('x-request-id')));
    const body = request.method === 'HEAD' ? null : variant.body;
    return new Response(body, { status: variant.status, headers });
  }
}
