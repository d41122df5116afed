/**
 * A real SMTP server on loopback (smtp-server, port 0) that parses what arrives with
 * mailparser, the app wired to it through the real Node transport (nodemailer), and small
 * steps a resident takes in a browser without JavaScript (form posts with an Origin).
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { MailConfig } from '../../src/env';
import { nodeMailTransport } from '../../src/notify/mail/node-transport';
import { createTestApp, type TestContext } from '../helpers/app';

export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
  /** Header lines as sent (mailparser folds some into objects). */
  raw: string;
}

export interface TestSmtp {
  port: number;
  received: ReceivedMail[];
  /** Addresses the server refuses with 550 (a mailbox that does not exist). */
  refuse: Set<string>;
  /** When true, the server refuses our sender with 550 (a misconfigured MAIL_FROM, not the recipient's fault). */
  refuseSender: { on: boolean };
  /** Resolves once `count` mails in all have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const refuseSender = { on: false };
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate for STARTTLS, no AUTH to offer.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!refuseSender.on) return callback();
      const error = new Error('Sender not allowed') as Error & { responseCode: number };
      error.responseCode = 550;
      callback(error);
    },
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address.toLowerCase())) {
        const error = new Error('No such mailbox') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ to: session.envelope.rcptTo.map((entry) => entry.address), parsed: await simpleParser(raw), raw });
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    refuse,
    refuseSender,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} mails, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface MailTestContext extends TestContext {
  smtp: TestSmtp;
  mail: MailConfig;
  close(): Promise<void>;
}

/** The app with e-mail subscriptions on, sending through nodemailer to the loopback server. */
export async function createMailTestApp(options: Parameters<typeof createTestApp>[0] = {}): Promise<MailTestContext> {
  const smtp = await startSmtp();
  const transport = nodeMailTransport(
    { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, username: null, password: null }, from: 'Testby kommun <status@example.org>' },
    { pool: false },
  );
  const mail: MailConfig = { transport, secret: null };
  const context = await createTestApp({ ...options, mail });
  return {
    ...context,
    smtp,
    mail,
    async close() {
      transport.close();
      await smtp.close();
    },
  };
}

export const ORIGIN = 'http://localhost';

/** A form post as a browser sends it from one of our pages. */
export function postForm(app: TestContext['app'], path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, ...headers },
    body: body.toString(),
  });
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const found = (mail.parsed.text ?? '').split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`No link starting with ${prefix} in:\n${mail.parsed.text}`);
  return found;
}

/** The path and query of an absolute URL on the test site. */
export const pathOfUrl = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

/** The value of the hidden `t` field of the page's form. */
export function tokenField(html: string): string {
  const match = /name="t" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('No token field in the page');
  return match[1]!;
}
