/**
 * The front of the Node server (docs/decisions/0045): on each connection, plain GET and HEAD
 * requests for a kept public document (src/http/ready-responses.ts) are answered from the
 * socket's bytes, without node:http building an IncomingMessage and a ServerResponse for
 * them. Everything else, from the first request the front does not take onwards, is handed
 * to node:http with the bytes exactly as they arrived, and node:http owns that connection
 * from then on.
 *
 * What the front takes is a strict subset of HTTP/1.1, so that it never has to decide what
 * node:http would decide: one whole request head per read, `GET` or `HEAD`, an origin-form
 * target of visible ASCII, `HTTP/1.1`, CRLF line ends, header values of visible ASCII,
 * a Host, none of the headers the answer depends on twice, no body (no Content-Length,
 * Transfer-Encoding, Expect or Upgrade), and `Connection` only as `keep-alive` or `close`. A head split over two reads,
 * a bare LF, obs-fold, a long head, a second request line in a pipelined read the front
 * cannot take: all go to node:http, which answers or refuses them as it always did, with its
 * timeouts, limits and parser. A document kept before whose kept response has lapsed (a
 * publication, the revision check, a new minute) is rendered anew by the app first, so a
 * connection is not handed over for that.
 *
 * It writes exactly what node:http writes for `writeHead(status, list)` + `end(bytes)`: the
 * status line, the list, then Date, Connection and Keep-Alive as node:http adds them
 * (tests/http/node-front.test.ts compares both on the wire).
 */
import { Server, STATUS_CODES, type RequestListener, type ServerOptions } from 'node:http';
import { randomFillSync, randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { ReadyWireAnswer } from './http/ready-responses';

/** What the front asks of the app (src/node-listener.ts gives it the ready responses and app.fetch). */
export interface FrontHandlers {
  /** The kept answer for a request, as ReadyResponses.answerWire gives it, or null. */
  kept: (method: string, target: string, headers: ReadonlyMap<string, string>) => ReadyWireAnswer | null;
  /**
   * For a request with no kept answer: ask the app for the document, so that it is kept
   * anew (after a publication, the revision check or a new minute), settled when done; or
   * null when the target is not a document kept before: then node:http takes the request.
   */
  renew: (method: string, target: string, headers: readonly [string, string][], socket: Socket) => Promise<void> | null;
}

/**
 * The longest head the front reads (node:http takes up to 16 KiB). Below this, a head cannot
 * hold 2 000 header lines, node:http's maxHeadersCount, beyond which it would drop headers.
 */
const MAX_HEAD_BYTES = 7 * 1024;
/**
 * A whole head the front may take: a GET or HEAD request line with an origin-form target
 * and HTTP/1.1, then header lines of a token, a colon and visible ASCII. Each part's
 * characters exclude what ends it, so matching is linear in the head's length.
 */
const TAKEN_HEAD = /^(?:GET|HEAD) \/[\x21-\x7e]* HTTP\/1\.1(?:\r\n[!#$%&'*+.^_`|~0-9A-Za-z-]+:[\x20-\x7e\t]*)*$/;
export interface RequestHead {
  method: string;
  target: string;
  close: boolean;
  /** The values of the headers a kept answer depends on (see READ), by lower-case name. */
  values: ReadonlyMap<string, string>;
  /** The head as read, without its final CRLFCRLF. */
  text: string;
}

/** Every header line of a head, names in lower case: for a request the app is asked to render. */
export function allHeaders(head: RequestHead): [string, string][] {
  return head.text
    .split('\r\n')
    .slice(1)
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    });
}

/**
 * What the front does with a header, by lower-case name: READ, a header a kept answer depends
 * on (ReadyResponses.find, the Host check), taken at most once; REFUSE, a header that brings a
 * body, a protocol change or an interim response, which makes the request node:http's.
 * Every other header is left as it is.
 */
const READ = 1;
const REFUSE = 2;
const HEADER_ROLES = new Map<string, number>([
  ['host', READ],
  ['accept-encoding', READ],
  ['if-none-match', READ],
  ['if-modified-since', READ],
  ['x-request-id', READ],
  ['connection', READ],
  ['content-length', REFUSE],
  ['transfer-encoding', REFUSE],
  ['expect', REFUSE],
  ['upgrade', REFUSE],
]);
/** Only names of these lengths can have a role: most lines are passed over without lower-casing their name. */
const ROLE_NAME_LENGTHS = new Set([...HEADER_ROLES.keys()].map((name) => name.length));

/** The head if the front may take it, else null (node:http decides). `text` is without its final CRLFCRLF. */
export function readRequestHead(text: string): RequestHead | null {
  if (text.length > MAX_HEAD_BYTES) return null;
  if (!TAKEN_HEAD.test(text)) return null;
  // TAKEN_HEAD: the method, one space, the target (no space in it), one space.
  const targetAt = text.charCodeAt(0) === 71 /* G */ ? 4 : 5;
  const method = targetAt === 4 ? 'GET' : 'HEAD';
  const target = text.slice(targetAt, text.indexOf(' ', targetAt));
  const values = new Map<string, string>();
  // The request line holds no CRLF of its own (TAKEN_HEAD): the first CRLF starts the headers.
  let lineAt = text.indexOf('\r\n');
  while (lineAt >= 0) {
    const nameAt = lineAt + 2;
    const next = text.indexOf('\r\n', nameAt);
    const colon = text.indexOf(':', nameAt);
    if (ROLE_NAME_LENGTHS.has(colon - nameAt)) {
      const name = text.slice(nameAt, colon).toLowerCase();
      const role = HEADER_ROLES.get(name);
      if (role === REFUSE) return null;
      if (role === READ) {
        if (values.has(name)) return null;
        values.set(name, text.slice(colon + 1, next < 0 ? text.length : next).trim());
      }
    }
    lineAt = next;
  }
  if (!values.has('host')) return null;
  let close = false;
  const connection = values.get('connection')?.toLowerCase();
  if (connection === 'close') close = true;
  else if (connection !== undefined && connection !== 'keep-alive') return null;
  return { method, target, close, values, text };
}

let dateSecond = -1;
let dateText = '';
/** The Date header's value, made once a second (as node:http caches its own). */
function httpDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

/** The response head node:http writes for writeHead(status, headers) on this connection. */
function responseHead(answer: ReadyWireAnswer, close: boolean, keepAliveTimeoutMs: number): string {
  const [before, after] = answer.lines;
  return `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? 'unknown'}\r\n${before}x-request-id: ${answer.clientRequestId ?? randomUUID()}\r\n${after}Date: ${httpDate()}\r\n${connectionLines(close, keepAliveTimeoutMs)}\r\n`;
}

function connectionLines(close: boolean, keepAliveTimeoutMs: number): string {
  if (close) return 'Connection: close\r\n';
  // node:http sends Keep-Alive whenever it has a keep-alive timeout, even one under a second.
  if (keepAliveTimeoutMs) return `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(keepAliveTimeoutMs / 1000)}\r\n`;
  return 'Connection: keep-alive\r\n';
}

/**
 * The head of one kept response as bytes, this second's Date written in and room for a
 * request id the length of a UUID (what the app makes when the client sends none): most
 * answers copy it and write the id in, instead of joining and encoding about a kilobyte of
 * text each time.
 */
interface HeadTemplate {
  bytes: Buffer;
  requestIdAt: number;
  date: string;
  keepAliveTimeoutMs: number;
}

const UUID_LENGTH = 36;
const templates = new WeakMap<readonly [string, string], HeadTemplate>();

function templateFor(answer: ReadyWireAnswer, date: string, keepAliveTimeoutMs: number): HeadTemplate {
  const known = templates.get(answer.lines);
  if (known && known.date === date && known.keepAliveTimeoutMs === keepAliveTimeoutMs) return known;
  const [before, after] = answer.lines;
  const start = `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? 'unknown'}\r\n${before}x-request-id: `;
  const text = `${start}${'0'.repeat(UUID_LENGTH)}\r\n${after}Date: ${date}\r\n${connectionLines(false, keepAliveTimeoutMs)}\r\n`;
  const template = { bytes: Buffer.from(text, 'latin1'), requestIdAt: start.length, date, keepAliveTimeoutMs };
  templates.set(answer.lines, template);
  return template;
}

/** The head as bytes: from the kept response's template when it fits, else made as text. */
function responseHeadBytes(answer: ReadyWireAnswer, close: boolean, keepAliveTimeoutMs: number): Buffer | string {
  const clientId = answer.clientRequestId;
  if (close || (clientId !== null && clientId.length !== UUID_LENGTH)) return responseHead(answer, close, keepAliveTimeoutMs);
  const template = templateFor(answer, httpDate(), keepAliveTimeoutMs);
  // Small enough for Node's buffer pool: no allocation of its own.
  const head = Buffer.allocUnsafe(template.bytes.length);
  template.bytes.copy(head);
  if (clientId === null) writeRandomUuid(head, template.requestIdAt);
  else head.write(clientId, template.requestIdAt, 'latin1');
  return head;
}

/** Random bytes for request ids, taken 16 at a time and refilled when used up. */
const randomPool = Buffer.alloc(4096);
let randomAt = randomPool.length;
const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * A version 4 UUID, as crypto.randomUUID() makes it, written as its 36 characters straight
 * into `target` at `at`: no string is made for it (the string and its encoding cost more than
 * the rest of a kept answer's head).
 */
export function writeRandomUuid(target: Buffer, at: number): void {
  if (randomAt + 16 > randomPool.length) {
    randomFillSync(randomPool);
    randomAt = 0;
  }
  let out = at;
  for (let i = 0; i < 16; i++) {
    let byte = randomPool[randomAt + i]!;
    if (i === 6) byte = (byte & 0x0f) | 0x40; // version 4
    else if (i === 8) byte = (byte & 0x3f) | 0x80; // the RFC 4122 variant
    target[out++] = HEX[byte >> 4]!;
    target[out++] = HEX[byte & 0x0f]!;
    if (i === 3 || i === 5 || i === 7 || i === 9) target[out++] = 0x2d; // "-"
  }
  randomAt += 16;
}

const END_OF_HEAD = Buffer.from('\r\n\r\n', 'latin1');

/** Unanswered bytes a connection may hold while the app renders or the client does not read. */
const MAX_BACKLOG_BYTES = 64 * 1024;

/**
 * A node:http Server whose connections pass through the front first. Same options, same
 * request listener for everything the front does not answer, same close() and timeouts.
 */
export class FrontedServer extends Server {
  /** Connections the front still holds (node:http tracks the ones handed to it). */
  private readonly held = new Set<Socket>();
  /** What the front did since start: requests it answered, documents it had rendered anew, connections it handed to node:http. */
  readonly frontStats = { answered: 0, renewed: 0, handedOver: 0 };

  constructor(options: ServerOptions, listener: RequestListener, handlers: FrontHandlers) {
    super(options, listener);
    const [handToHttp] = this.listeners('connection') as ((socket: Socket) => void)[];
    if (!handToHttp) throw new Error('node:http registered no connection listener');
    this.removeListener('connection', handToHttp);
    this.on('connection', (socket: Socket) => this.front(socket, handlers, handToHttp));
  }

  override closeIdleConnections(): void {
    super.closeIdleConnections();
    // A connection the front holds is between requests unless it is writing or rendering.
    for (const socket of this.held) if (socket.writableLength === 0 && !this.busy.has(socket)) socket.destroy();
  }

  override closeAllConnections(): void {
    super.closeAllConnections();
    for (const socket of this.held) socket.destroy();
  }

  /** Held connections waiting for the app to render a document. */
  private readonly busy = new WeakSet<Socket>();

  private front(socket: Socket, handlers: FrontHandlers, handToHttp: (socket: Socket) => void): void {
    // node:http counts requests per socket for this limit; the front would have to as well.
    if ((this.maxRequestsPerSocket ?? 0) > 0) return handToHttp.call(this, socket);
    this.held.add(socket);
    /** Bytes read but not yet answered. */
    let pending: Buffer | null = null;
    /** The first request in `pending` was renewed once already: if it is still not kept, node:http takes it. */
    let renewed = false;
    let rendering = false;
    let waitingForDrain = false;
    let ending = false;
    let closing = false;
    /** Until the first answer, node:http's headersTimeout applies; then keepAliveTimeout (net refreshes it on every read and write). */
    let answered = false;

    const onData = (chunk: Buffer) => {
      if (closing) return;
      pending = pending ? Buffer.concat([pending, chunk]) : chunk;
      if (rendering || waitingForDrain) {
        if (pending.length > MAX_BACKLOG_BYTES) socket.pause();
        return;
      }
      serve();
    };
    const onDrain = () => {
      if (!waitingForDrain) return;
      waitingForDrain = false;
      if (pending && !closing) serve();
    };
    const onEnd = () => {
      ending = true;
      if (!pending && !rendering) socket.end();
    };
    const onTimeout = () => socket.destroy();
    const onError = () => socket.destroy();
    const onClose = () => this.held.delete(socket);
    const listeners = { data: onData, drain: onDrain, end: onEnd, timeout: onTimeout, error: onError, close: onClose };
    for (const [event, listener] of Object.entries(listeners)) socket.on(event, listener);

    /** node:http reads this connection from here on, starting with these very bytes. */
    const handOver = (bytes: Buffer) => {
      this.frontStats.handedOver++;
      pending = null;
      for (const [event, listener] of Object.entries(listeners)) socket.removeListener(event, listener);
      socket.setTimeout(0);
      this.held.delete(socket);
      if (bytes.length > 0) socket.unshift(bytes);
      handToHttp.call(this, socket);
      // node:http's own 'data' listener resumes a flowing socket, not one paused here.
      if (socket.isPaused()) socket.resume();
    };

    /**
     * Answers every whole request in `pending` it may, then hands the rest to node:http.
     * Serving runs in socket events and promise callbacks, where an exception would end the
     * process: whatever fails unexpectedly ends only this connection (node:http does the same
     * for a socket error).
     */
    const serve = (): void => {
      try {
        serveNow();
      } catch {
        socket.destroy();
      }
    };

    const serveNow = (): void => {
      if (socket.isPaused()) socket.resume();
      const bytes = pending!;
      let at = 0;
      while (at < bytes.length) {
        const headEnd = bytes.indexOf(END_OF_HEAD, at);
        let request: RequestHead | null = null;
        let answer: ReadyWireAnswer | null = null;
        try {
          request = headEnd >= 0 && headEnd - at <= MAX_HEAD_BYTES ? readRequestHead(bytes.toString('latin1', at, headEnd)) : null;
          answer = request && handlers.kept(request.method, request.target, request.values);
        } catch {
          answer = null;
        }
        if (!answer) {
          const renewal = request && !renewed ? handlers.renew(request.method, request.target, allHeaders(request), socket) : null;
          if (!renewal) return handOver(bytes.subarray(at));
          // Render it (the app keeps it), then answer it as any other kept request.
          pending = bytes.subarray(at);
          renewed = true;
          this.frontStats.renewed++;
          rendering = true;
          this.busy.add(socket);
          socket.setTimeout(this.requestTimeout);
          void renewal.then(() => {
            rendering = false;
            this.busy.delete(socket);
            if (socket.destroyed || closing) return;
            socket.setTimeout(answered ? this.keepAliveTimeout : this.headersTimeout);
            serve();
          });
          return;
        }
        at = headEnd + 4;
        renewed = false;
        this.frontStats.answered++;
        const head = responseHeadBytes(answer, request!.close, this.keepAliveTimeout);
        // One write of head and body together (writev), as node:http sends them.
        if (answer.body) socket.cork();
        if (typeof head === 'string') socket.write(head, 'latin1');
        else socket.write(head);
        if (answer.body) {
          socket.write(answer.body);
          socket.uncork();
        }
        if (!answered) {
          answered = true;
          socket.setTimeout(this.keepAliveTimeout);
        }
        if (request!.close) {
          // As node:http does for "Connection: close": this response is the last.
          closing = true;
          pending = null;
          socket.end();
          return;
        }
        if (socket.writableNeedDrain && at < bytes.length) {
          // The client is not reading: hold the rest until it does.
          pending = bytes.subarray(at);
          waitingForDrain = true;
          return;
        }
      }
      pending = null;
      if (ending) socket.end();
    };

    // Before a first request, node:http allows headersTimeout; between requests, keepAliveTimeout.
    socket.setTimeout(this.headersTimeout);
  }
}
