/**
 * Words of the webhook endpoints page, the dashboard notice about disabled endpoints and the
 * delivery status of an update (docs/decisions/0040-outbox-and-delivery.md). Namespaced under
 * `t.webhooks`, so no other area's words can collide with these.
 */
import type { WebhookUrlProblem } from '../../notify/webhook/url';

export interface WebhooksWords {
  title: string;
  intro: string;
  signing: string;
  listHeading: string;
  none: string;
  addHeading: string;
  urlLabel: string;
  urlHint: string;
  descriptionLabel: string;
  descriptionHint: string;
  scopeLegend: string;
  scopeAll: string;
  scopeServices: string;
  servicesLegend: string;
  add: string;
  urlProblem: Record<WebhookUrlProblem, string>;
  chooseServices: string;
  createdHeading: string;
  secretIntro: string;
  secretLabel: string;
  everything: string;
  servicesScope: (names: string) => string;
  active: string;
  failing: (count: number, since: string) => string;
  disabled: (at: string) => string;
  lastError: string;
  lastSuccess: (at: string) => string;
  enable: string;
  enabled: string;
  remove: (url: string) => string;
  removed: string;
  /** The dashboard notice. */
  noticeHeading: (count: number) => string;
  noticeIntro: string;
  noticeLink: string;
  /** Delivery status of one update on the incident page. */
  deliveryHeading: string;
  deliveryWaiting: string;
  deliveryNone: string;
  channelName: (channel: string) => string;
  deliveryCounts: (queued: number, sent: number, failed: number) => string;
}

export interface AdminWebhooksMessages {
  webhooks: WebhooksWords;
}

export { svWebhooks } from './webhooks.sv';
export { enWebhooks } from './webhooks.en';
