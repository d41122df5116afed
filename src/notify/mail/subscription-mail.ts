/**
 * What every subscription mail needs around its content: the signed links, the sender in the
 * reader's language, and the confirmation (or "already subscribed") mail the subscribe form
 * sends at once. Runtime-neutral.
 */
import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import { publicLocalesOf } from '../../domain/locales';
import { CONFIRM_LINK_TTL_MS, MAIL_LINK_TTL_MS, type LinkPurpose } from '../../domain/subscription';
import type { MailConfig } from '../../env';
import { messagesFor } from '../../i18n';
import { subscriptionWordsFor } from '../../i18n/subscriptions';
import type { Site } from '../../store/site';
import { subscriptionSecretFor, type Subscriber } from '../../store/subscriptions';
import { subscriptionPathsFor, withToken } from '../../urls/subscriptions';
import { composeAlreadySubscribed, composeConfirmation, type MailSender } from './compose';
import { signLink } from './links';

/** The subscriber's language if the site still serves its pages in it, else the site's default. */
export function mailLocaleOf(site: Site, locale: string): string {
  return (publicLocalesOf(site.offeredLocales) as string[]).includes(locale) ? locale : site.defaultLocale;
}

export function senderFor(site: Site, locale: string): MailSender {
  const t = messagesFor(locale);
  const texts = site.texts[locale] ?? site.texts[site.defaultLocale];
  return { organisation: texts?.organisationName ?? '', lang: t.lang, dir: t.dir, words: subscriptionWordsFor(locale) };
}

export interface SubscriptionLinks {
  confirm: string;
  manage: string;
  unsubscribe: string;
}

/** Absolute, signed links for one subscriber, in its language. */
export async function linksFor(
  secret: string,
  subscriber: Pick<Subscriber, 'id' | 'linkKey'>,
  site: Site,
  publicUrl: string,
  locale: string,
  now: Date,
): Promise<SubscriptionLinks> {
  const paths = subscriptionPathsFor(locale, site.defaultLocale);
  const sign = (purpose: LinkPurpose, ttl: number) =>
    signLink(secret, { purpose, subscriberId: subscriber.id, expiresAt: new Date(now.getTime() + ttl) }, subscriber.linkKey);
  const [confirm, manage, unsubscribe] = await Promise.all([
    sign('confirm', CONFIRM_LINK_TTL_MS),
    sign('manage', MAIL_LINK_TTL_MS),
    sign('unsubscribe', MAIL_LINK_TTL_MS),
  ]);
  return {
    confirm: withToken(publicUrl, paths.confirm, confirm),
    manage: withToken(publicUrl, paths.manage, manage),
    unsubscribe: withToken(publicUrl, paths.unsubscribe, unsubscribe),
  };
}

/**
 * The mail a subscribe request sends: a confirmation link to an unconfirmed address, the
 * manage link to a confirmed one. The page says the same either way.
 */
export async function sendRequestMail(
  db: Queryable,
  clock: Clock,
  mail: MailConfig,
  site: Site,
  publicUrl: string,
  subscriber: Subscriber,
  kind: 'confirm' | 'already-confirmed',
): Promise<void> {
  const now = clock.now();
  const locale = mailLocaleOf(site, subscriber.locale);
  const secret = await subscriptionSecretFor(db, now, mail.secret);
  const links = await linksFor(secret, subscriber, site, publicUrl, locale, now);
  const sender = senderFor(site, locale);
  const message =
    kind === 'confirm'
      ? await composeConfirmation(sender, subscriber.email, links.confirm)
      : await composeAlreadySubscribed(sender, subscriber.email, links.manage);
  await mail.transport.send(message);
}
