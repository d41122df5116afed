/**
 * The SMTP transport on Workers: worker-mailer, an SMTP client over cloudflare:sockets (TCP
 * from the Worker), with STARTTLS when the server offers it on smtp:// and TLS from the start
 * on smtps://. One connection per mail: a Worker invocation is short, and a connection cannot
 * outlive it. Imported only by src/worker.ts.
 */
import { WorkerMailer } from 'worker-mailer';
import { fromUser, MailRejectedError, type MailMessage, type MailSettings, type MailTransport } from './transport';

export function workerMailTransport(settings: MailSettings): MailTransport {
  const { smtp } = settings;
  const from = fromUser(settings.from);
  return {
    async send(message: MailMessage) {
      try {
        await WorkerMailer.send(
          {
            host: smtp.host,
            port: smtp.port,
            secure: smtp.secure,
            startTls: !smtp.secure,
            credentials: smtp.username !== null ? { username: smtp.username, password: smtp.password ?? '' } : undefined,
            // Without a list worker-mailer tries none of them.
            authType: ['plain', 'login', 'cram-md5'],
            socketTimeoutMs: 15_000,
            responseTimeoutMs: 30_000,
          },
          { from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers },
        );
      } catch (error) {
        // worker-mailer reports a refused recipient as "Invalid RCPT TO: <address> 550 …"; a 5xx
        // to anything else is our setup's problem, retried, and quarantines nobody.
        const text = error instanceof Error ? error.message : String(error);
        if (/^Invalid RCPT TO: <[^>]*>.*?\s5\d\d[\s-]/.test(text)) throw new MailRejectedError(text, { cause: error });
        throw error;
      }
    },
  };
}
