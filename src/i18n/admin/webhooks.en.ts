/** The webhook words in English. The shape, and what each word is for, is in ./webhooks. */
import type { AdminWebhooksMessages, WebhooksWords } from './webhooks';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const enWords: WebhooksWords = {
  title: 'Webhooks',
  intro:
    'Other systems (a region, an alarm centre, a service of your own) can have every published update sent to them as a webhook: a call to an address they give, in the shape Statuspage sends.',
  signing:
    'Every call is signed per Standard Webhooks (the webhook-id, webhook-timestamp and webhook-signature headers). The receiver checks the signature with the secret shown once when the address is added.',
  listHeading: 'Addresses',
  none: 'No addresses have been added.',
  addHeading: 'Add an address',
  urlLabel: 'Address (https)',
  urlHint: 'Must start with https:// and must not be an internal address.',
  descriptionLabel: 'Whose system is it?',
  descriptionHint: 'For example “The region’s operations centre”. Shown only here.',
  scopeLegend: 'What should be sent?',
  scopeAll: 'Everything published',
  scopeServices: 'Only what concerns chosen services',
  servicesLegend: 'Services',
  add: 'Add',
  urlProblem: {
    format: 'This is not a valid address.',
    https: 'The address must start with https://.',
    credentials: 'The address must not contain a user name or password.',
    'private-address': 'The address points at this computer or an internal network. Give an address reachable from the internet.',
    'too-long': 'The address is too long.',
  },
  chooseServices: 'Choose at least one service, or choose to send everything.',
  createdHeading: 'The address was added',
  secretIntro:
    'This is the secret the receiver needs to check the signature. Copy it now: it is not shown again. If it is lost, remove the address and add it again.',
  secretLabel: 'Secret',
  everything: 'Everything',
  servicesScope: (names) => `The services ${names}`,
  active: 'Working',
  failing: (count, since) => `${count} failed ${plural(count, 'attempt', 'attempts')} in a row since ${since}`,
  disabled: (at) => `Disabled ${at} because it kept failing`,
  lastError: 'Last error',
  lastSuccess: (at) => `Last delivered ${at}`,
  enable: 'Turn on again',
  enabled: 'The address is turned on again.',
  remove: (url) => `Remove ${url}`,
  removed: 'The address was removed.',
  noticeHeading: (count) => plural(count, 'A webhook is disabled', `${count} webhooks are disabled`),
  noticeIntro: 'The receiver did not answer, or answered with an error, again and again, so nothing more is sent there until someone turns it on again.',
  noticeLink: 'See webhooks',
  deliveryHeading: 'Notifications',
  deliveryWaiting: 'Waiting to be sent.',
  deliveryNone: 'No one follows this.',
  channelName: (channel) => ({ mail: 'E-mail', webhook: 'Webhooks' })[channel] ?? channel,
  deliveryCounts: (queued, sent, failed) => `${sent} sent, ${queued} queued, ${failed} failed`,
};

export const enWebhooks: AdminWebhooksMessages = { webhooks: enWords };
