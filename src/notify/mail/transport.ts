/**
 * How a composed mail leaves: one interface, one implementation per runtime (nodemailer on
 * Node, src/notify/mail/node-transport.ts; worker-mailer over cloudflare:sockets on Workers,
 * src/notify/mail/worker-transport.ts), both configured from the same SMTP_URL. Runtime-neutral.
 */

/** A mail ready to send: both bodies, and the headers beyond From/To/Subject. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Content-Language, List-Unsubscribe, List-Unsubscribe-Post … */
  headers: Record<string, string>;
}

export interface MailTransport {
  /** Resolves once the server accepted the mail; throws MailRejectedError when it refused the recipient for good. */
  send(message: MailMessage): Promise<void>;
}

/** The server refused the mail with a permanent (5xx) answer: sending it again will not help. */
export class MailRejectedError extends Error {}

/** What SMTP_URL says, for either runtime's client. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** smtps:// : TLS from the first byte (port 465); smtp:// upgrades with STARTTLS when offered. */
  secure: boolean;
  username: string | null;
  password: string | null;
}

/** The mail settings as the entry points read them (SMTP_URL, MAIL_FROM). */
export interface MailSettings {
  smtp: SmtpSettings;
  /** The From address, `Name <address>` or a bare address. */
  from: string;
}

/**
 * `smtp://user:pass@host:587` or `smtps://user:pass@host:465` (user name and password
 * percent-encoded). Throws with a message naming the setting, so a wrong value stops the start.
 */
export function parseSmtpUrl(value: string): SmtpSettings {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('SMTP_URL must be a URL like smtp://user:password@mail.example.org:587');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//"`);
  if (!url.hostname) throw new Error('SMTP_URL has no host');
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    secure,
    username: url.username ? decodeURIComponent(url.username) : null,
    password: url.password ? decodeURIComponent(url.password) : null,
  };
}

/**
 * Both settings or neither: SMTP_URL without MAIL_FROM (or the reverse) is a mistake worth
 * stopping for; neither means e-mail subscriptions are not offered. MAIL_FROM is checked for
 * line breaks, which would let it add headers.
 */
export function readMailSettings(smtpUrl: string | undefined, mailFrom: string | undefined): MailSettings | null {
  const url = smtpUrl?.trim() ?? '';
  const from = mailFrom?.trim() ?? '';
  if (url === '' && from === '') return null;
  if (url === '') throw new Error('MAIL_FROM is set but SMTP_URL is not: set both to offer e-mail subscriptions, or neither.');
  if (from === '') throw new Error('SMTP_URL is set but MAIL_FROM is not: set the address mail is sent from, e.g. "Exempelviks kommun <status@example.org>".');
  if (/[\r\n]/.test(from) || !/@[^@\s>]+\.[^@\s>]+>?$/.test(from)) throw new Error(`MAIL_FROM must be an address, optionally with a name ("Name <address>"), got "${from}"`);
  return { smtp: parseSmtpUrl(url), from };
}

/**
 * SUBSCRIPTION_SECRET: the key that signs subscription links, at least 32 characters; unset,
 * one is generated and kept in the database (null here). Set it where the database may be
 * restored from a backup without secrets, or shared by deployments that must accept each
 * other's links.
 */
export function readSubscriptionSecret(value: string | undefined): string | null {
  const secret = value?.trim() ?? '';
  if (secret === '') return null;
  if (secret.length < 32) throw new Error('SUBSCRIPTION_SECRET must be at least 32 characters (for example `openssl rand -base64 32`).');
  return secret;
}

/** worker-mailer (the Workers transport) takes the From as name and address: "Name <a@b>" is split, a bare address kept. */
export function fromUser(from: string): { name?: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { ...(match[1] ? { name: match[1] } : {}), email: match[2]! } : { email: from.trim() };
}
