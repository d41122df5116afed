/**
 * The mail Channel of the outbox (src/notify/channel.ts): recipients are the confirmed,
 * unbounced subscribers whose scope the event falls in; delivering one composes the update
 * in the subscriber's language (through the one update presenter the pages use) and sends it.
 * A subscriber who left or bounced between fan-out and sending gets nothing. A permanent
 * refusal by the mail server quarantines the address and gives up on it.
 */
import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import { needsWorkaround } from '../../domain/status';
import type { MailConfig } from '../../env';
import { formatterFor } from '../../i18n/format';
import { messagesFor } from '../../i18n';
import { localText, optionalText } from '../../present/localize';
import { presentUpdate } from '../../present/update';
import { findIncidentById } from '../../store/incidents';
import { loadSite } from '../../store/site';
import {
  findServicesWithTexts,
  findSubscriber,
  quarantineSubscriber,
  subscribersInScope,
  subscriptionSecretFor,
} from '../../store/subscriptions';
import { findUpdatesByIds } from '../../store/updates';
import { pathsFor } from '../../urls/paths';
import { PermanentDeliveryError, type Channel, type OutboxEvent } from '../channel';
import { composeNotification, type NotificationContent } from './compose';
import { linksFor, mailLocaleOf, senderFor } from './subscription-mail';
import { MailRejectedError, type MailMessage } from './transport';

export interface MailChannelDeps {
  clock: Clock;
  mail: MailConfig;
  /** The configured public URL; null: the site settings' one. */
  publicUrl: string | null;
}

/**
 * The notification for one event and subscriber, or null when there is nothing to send (the
 * subscriber is gone, unconfirmed or bounced; the update no longer exists).
 */
export async function composeEventMail(deps: MailChannelDeps, db: Queryable, event: OutboxEvent, recipient: string): Promise<MailMessage | null> {
  const subscriber = /^[0-9]+$/.test(recipient) ? await findSubscriber(db, Number(recipient)) : null;
  if (!subscriber || !subscriber.confirmedAt || subscriber.quarantinedAt) return null;
  const [site, [update]] = await Promise.all([loadSite(db), event.updateId === null ? [] : findUpdatesByIds(db, [event.updateId])]);
  if (!site || !update) return null;
  const locale = mailLocaleOf(site, subscriber.locale);
  const languages = { locale, defaultLocale: site.defaultLocale };
  const publicUrl = deps.publicUrl ?? site.publicUrl;
  const paths = pathsFor(locale, site.defaultLocale);
  const t = messagesFor(locale);
  const fmt = formatterFor(t.intlLocale, site.timeZone);
  const presented = presentUpdate(update, { paths, languages });

  const incident = update.incident ? await findIncidentById(db, update.incident.id) : null;
  const serviceIds = update.services.filter((entry) => entry.statusAfter !== null && needsWorkaround(entry.statusAfter)).map((entry) => entry.service.id);
  const advice = await findServicesWithTexts(db, serviceIds);
  const instead = advice.flatMap((service) => {
    const text = optionalText(service.texts, languages, (row) => row.workaround);
    return text ? [{ service: localText(service.texts, languages, (row) => row.name).text, text: text.text, lang: text.lang }] : [];
  });

  const now = deps.clock.now();
  const secret = await subscriptionSecretFor(db, now, deps.mail.secret);
  const links = await linksFor(secret, subscriber, site, publicUrl, locale, now);
  const whatYouShouldDo = incident ? optionalText(incident.texts, languages, (row) => row.whatYouShouldDo) : null;
  const content: NotificationContent = {
    subject: presented.incident?.title.text ?? presented.services.map((service) => service.name.text).join(', '),
    publishedAt: fmt.dateTime(presented.publishedAt),
    phase: presented.maintenance ? t.maintenanceStatus[presented.maintenance.status] : presented.phase ? t.phase[presented.phase] : null,
    body: presented.body,
    changes: presented.changes.map(
      (change) => `${change.name.text}: ${change.from ? `${t.status[change.from]} → ` : ''}${change.to ? t.status[change.to] : ''}`,
    ),
    instead,
    whatYouShouldDo: whatYouShouldDo ? { text: whatYouShouldDo.text, lang: whatYouShouldDo.lang } : null,
    permalink: publicUrl + presented.permalink,
    manageUrl: links.manage,
    unsubscribeUrl: links.unsubscribe,
  };
  return composeNotification(senderFor(site, locale), subscriber.email, content);
}

export function createMailChannel(deps: MailChannelDeps): Channel {
  return {
    name: 'mail',
    recipients: (db, event) => subscribersInScope(db, event),
    async deliver(db, event, recipient) {
      const message = await composeEventMail(deps, db, event, recipient);
      if (!message) return;
      try {
        await deps.mail.transport.send(message);
      } catch (error) {
        if (error instanceof MailRejectedError) {
          await quarantineSubscriber(db, deps.clock.now(), Number(recipient));
          throw new PermanentDeliveryError(error.message, { cause: error });
        }
        throw error;
      }
    },
  };
}
