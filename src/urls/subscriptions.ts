/**
 * The addresses of e-mail subscriptions, below the subscribe page in each language:
 * `/prenumerera/bekrafta`, `/en/subscribe/confirm` … (the words are in src/i18n/subscriptions.*).
 */
import { subscriptionWordsFor } from '../i18n/subscriptions';
import { pathsFor } from './paths';

export interface SubscriptionPaths {
  /** The subscribe page, where the form is and where it posts. */
  subscribe: string;
  confirm: string;
  manage: string;
  unsubscribe: string;
}

export function subscriptionPathsFor(locale: string, defaultLocale: string): SubscriptionPaths {
  const subscribe = pathsFor(locale, defaultLocale).subscribe;
  const words = subscriptionWordsFor(locale).paths;
  return {
    subscribe,
    confirm: `${subscribe}/${words.confirm}`,
    manage: `${subscribe}/${words.manage}`,
    unsubscribe: `${subscribe}/${words.unsubscribe}`,
  };
}

/** An address with its signed token, absolute (for mails). */
export function withToken(publicUrl: string, path: string, token: string): string {
  return `${publicUrl}${path}?t=${encodeURIComponent(token)}`;
}
