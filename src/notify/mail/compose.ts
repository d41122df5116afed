/**
 * The mails, as plain text and simple HTML (escaped by hono/html's template: every value is
 * text, never markup), with `lang` set and the headers RFC 8058 asks for. Pure and runtime-
 * neutral: data in, MailMessage out. The channel (./channel.ts) gathers the data.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { paragraphsOf } from '../../domain/paragraphs';
import type { SubscriptionWords } from '../../i18n/subscriptions';
import type { MailMessage } from './transport';

/** Who is writing, in the reader's language. */
export interface MailSender {
  organisation: string;
  /** BCP 47 tag of the mail's language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  words: SubscriptionWords;
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Subjects are one line: a line break in a title must not start a new header. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

async function document(sender: MailSender, title: string, body: Html): Promise<string> {
  return String(
    await html`<!DOCTYPE html>
<html lang="${sender.lang}" dir="${sender.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em;">
${body}
</body>
</html>`,
  );
}

function htmlParagraphs(text: string, lang?: string): Html {
  return html`${paragraphsOf(text).map(
    (lines) => html`<p${lang ? html` lang="${lang}"` : ''}>${lines.map((line, index) => (index === 0 ? html`${line}` : html`<br>${line}`))}</p>`,
  )}`;
}

const textParagraphs = (text: string) => paragraphsOf(text).map((lines) => lines.join('\n'));

const link = (href: string, label: string) => html`<a href="${href}">${label}</a>`;

export function composeConfirmation(sender: MailSender, to: string, confirmUrl: string): Promise<MailMessage> {
  return composeLinkMail(sender, to, {
    subject: sender.words.mail.confirmSubject(sender.organisation),
    intro: sender.words.mail.confirmIntro(sender.organisation),
    action: sender.words.mail.confirmAction,
    url: confirmUrl,
    after: [sender.words.mail.confirmExpiry, sender.words.mail.notYou],
  });
}

/** To an address that is subscribed already: its manage link, nothing changed. */
export function composeAlreadySubscribed(sender: MailSender, to: string, manageUrl: string): Promise<MailMessage> {
  return composeLinkMail(sender, to, {
    subject: sender.words.mail.alreadySubject(sender.organisation),
    intro: sender.words.mail.alreadyIntro(sender.organisation),
    action: sender.words.mail.alreadyAction,
    url: manageUrl,
    after: [],
  });
}

async function composeLinkMail(
  sender: MailSender,
  to: string,
  parts: { subject: string; intro: string; action: string; url: string; after: string[] },
): Promise<MailMessage> {
  const subject = oneLine(parts.subject);
  const text = [parts.intro, `${parts.action}\n${parts.url}`, ...parts.after].join('\n\n') + '\n';
  const body = html`<p>${parts.intro}</p>
<p>${parts.action}<br>${link(parts.url, parts.url)}</p>
${parts.after.map((line) => html`<p>${line}</p>`)}`;
  return { to, subject, text, html: await document(sender, subject, body), headers: { 'Content-Language': sender.lang } };
}

/** One notification, in the words the page shows it in (src/present/update.ts made them). */
export interface NotificationContent {
  /** The incident's title, or the names of the services concerned. */
  subject: string;
  /** When it was published, formatted in the reader's language. */
  publishedAt: string;
  /** The phase or maintenance status line, if any ("Under utredning"). */
  phase: string | null;
  body: { text: string; lang: string };
  /** "Mina sidor: Ur funktion → Fungerar". */
  changes: string[];
  /** Per service not working as usual: what to do instead. */
  instead: { service: string; text: string; lang: string }[];
  /** The incident's "what should you do?", when it has one. */
  whatYouShouldDo: { text: string; lang: string } | null;
  permalink: string;
  manageUrl: string;
  unsubscribeUrl: string;
}

export async function composeNotification(sender: MailSender, to: string, content: NotificationContent): Promise<MailMessage> {
  const { words } = sender;
  const subject = oneLine(words.mail.updateSubject(content.subject, sender.organisation));
  const heading = [content.publishedAt, content.phase].filter(Boolean).join(' · ');

  const text = [
    oneLine(content.subject),
    heading,
    ...textParagraphs(content.body.text),
    ...(content.changes.length > 0 ? [`${words.mail.statusChanges}:\n${content.changes.map((line) => `- ${line}`).join('\n')}`] : []),
    ...(content.whatYouShouldDo ? [`${words.mail.whatYouShouldDo}\n${textParagraphs(content.whatYouShouldDo.text).join('\n\n')}`] : []),
    ...content.instead.map((entry) => `${words.mail.instead} – ${entry.service}:\n${textParagraphs(entry.text).join('\n\n')}`),
    `${words.mail.readMore}\n${content.permalink}`,
    '--',
    words.mail.why(sender.organisation),
    `${words.mail.manage}\n${content.manageUrl}`,
    `${words.mail.unsubscribe}\n${content.unsubscribeUrl}`,
  ].join('\n\n') + '\n';

  const body = html`<h1 style="font-size: 1.3em;">${oneLine(content.subject)}</h1>
<p><strong>${heading}</strong></p>
${htmlParagraphs(content.body.text, content.body.lang === sender.lang ? undefined : content.body.lang)}
${content.changes.length > 0 ? html`<h2 style="font-size: 1.1em;">${words.mail.statusChanges}</h2><ul>${content.changes.map((line) => html`<li>${line}</li>`)}</ul>` : ''}
${content.whatYouShouldDo ? html`<h2 style="font-size: 1.1em;">${words.mail.whatYouShouldDo}</h2>${htmlParagraphs(content.whatYouShouldDo.text, content.whatYouShouldDo.lang === sender.lang ? undefined : content.whatYouShouldDo.lang)}` : ''}
${content.instead.map(
  (entry) => html`<h2 style="font-size: 1.1em;">${words.mail.instead} – ${entry.service}</h2>${htmlParagraphs(entry.text, entry.lang === sender.lang ? undefined : entry.lang)}`,
)}
<p>${words.mail.readMore}<br>${link(content.permalink, content.permalink)}</p>
<hr>
<p style="font-size: 0.9em;">${words.mail.why(sender.organisation)}<br>
${link(content.manageUrl, words.mail.manage.replace(/:$/, ''))} · ${link(content.unsubscribeUrl, words.mail.unsubscribe.replace(/:$/, ''))}</p>`;

  return {
    to,
    subject,
    text,
    html: await document(sender, subject, body),
    headers: {
      'Content-Language': sender.lang,
      // RFC 8058: a mail client's "unsubscribe" POSTs `List-Unsubscribe=One-Click` to this URL.
      'List-Unsubscribe': `<${content.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
