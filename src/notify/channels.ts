/**
 * The channels notifications go out through, built once per process (Node) or isolate
 * (Worker) from its settings. Each channel is one line here.
 */
import type { Clock } from '../clock';
import type { Channel } from './channel';
import { WebhookChannel } from './webhook/channel';
import type { MailConfig } from '../env';
import { createMailChannel } from './mail/channel';

export interface ChannelSettings {
  clock: Clock;
  /** The configured public address (PUBLIC_URL); the site's own when null. */
  publicUrl: string | null;
  /** For webhooks; the global fetch by default. */
  fetch?: typeof fetch;
  /** E-mail subscriptions' transport and link secret (src/env.ts); none: no mail channel. */
  mail?: MailConfig | null;
}

export function buildChannels(settings: ChannelSettings): Channel[] {
  const channels: Channel[] = [];
  channels.push(new WebhookChannel({ clock: settings.clock, publicUrl: settings.publicUrl, fetch: settings.fetch }));
  if (settings.mail) channels.push(createMailChannel({ clock: settings.clock, mail: settings.mail, publicUrl: settings.publicUrl }));
  return channels;
}
