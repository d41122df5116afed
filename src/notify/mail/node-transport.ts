/**
 * The SMTP transport on Node: nodemailer, with a pool of connections kept open between mails. On smtp://
 * nodemailer upgrades with STARTTLS whenever the server offers it (and stays plain where it
 * does not, as a loopback test server); smtps:// is TLS from the start. Imported only by
 * src/node.ts (and tests): nodemailer needs node:net.
 */
import { createTransport } from 'nodemailer';
import { MailRejectedError, type MailMessage, type MailSettings, type MailTransport } from './transport';

/**
 * A permanent refusal of the recipient (5xx to RCPT TO, e.g. no such mailbox): nodemailer's
 * errors carry the reply code and the command. A 5xx to anything else (MAIL FROM, AUTH, DATA)
 * is our setup's problem, not the address's, so it is retried and never quarantines anyone.
 */
function isRecipientRefused(error: unknown): boolean {
  const { responseCode, command, rejected } = (error ?? {}) as { responseCode?: unknown; command?: unknown; rejected?: unknown };
  const refused = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  return refused && (command === 'RCPT TO' || (Array.isArray(rejected) && rejected.length > 0));
}

export function nodeMailTransport(settings: MailSettings, options: { pool?: boolean } = {}): MailTransport & { close(): void } {
  const { smtp } = settings;
  const transporter = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.username !== null ? { user: smtp.username, pass: smtp.password ?? '' } : undefined,
    pool: options.pool ?? true,
    // A mail server that hangs must not hold a delivery for ever: the outbox retries.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message: MailMessage) {
      try {
        await transporter.sendMail({
          from: settings.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
        });
      } catch (error) {
        if (isRecipientRefused(error)) throw new MailRejectedError(error instanceof Error ? error.message : String(error), { cause: error });
        throw error;
      }
    },
    close: () => transporter.close(),
  };
}
