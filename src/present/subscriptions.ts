/**
 * Props of the e-mail subscription forms, from what a page has already read: the subscribe
 * page's full form (and its state after a mistake), and the small form on a service or an
 * incident page.
 */
import type { LocalText } from '../../views/chrome';
import type { EmailSectionProps } from '../../views/pages/SubscribePage';
import type { FollowByEmailProps, SubscribeFormErrors, SubscribeFormValues } from '../../views/partials/SubscribeForm';
import { subscriptionWordsFor } from '../i18n/subscriptions';
import { subscriptionPathsFor } from '../urls/subscriptions';
import type { PageContext } from './chrome';

/** What the subscribe form shows after a mistake: what was typed, and the messages. */
export interface SubscribeFormState {
  values: SubscribeFormValues;
  errors: SubscribeFormErrors;
  incident: { id: number; title: string } | null;
}

export function subscribeFormPaths(context: PageContext) {
  return subscriptionPathsFor(context.languages.locale, context.languages.defaultLocale);
}

export function languageChoices(context: PageContext) {
  return context.chrome.alternates.length > 0
    ? context.chrome.alternates.map((alternate) => ({ lang: alternate.lang, name: alternate.name }))
    : [{ lang: context.languages.locale, name: context.chrome.t.languageName }];
}

/** The subscribe page's e-mail section; null where e-mail is not a thing (the static export). */
export function emailSectionFor(
  context: PageContext,
  groups: { name: LocalText; services: { id: number; name: LocalText }[] }[],
  state?: SubscribeFormState,
): EmailSectionProps | null {
  if (context.emailSubscriptions === undefined) return null;
  const words = subscriptionWordsFor(context.languages.locale);
  if (!context.emailSubscriptions) return { words, form: null };
  return {
    words,
    form: {
      action: subscribeFormPaths(context).subscribe,
      words,
      languages: languageChoices(context),
      groups,
      incident: state?.incident ?? null,
      values: state?.values ?? { email: '', follow: 'everything', serviceIds: [], lang: context.languages.locale },
      errors: state?.errors ?? {},
    },
  };
}

/** "Follow this by e-mail" on a service or incident page, when mail is configured. */
export function followByEmailFor(context: PageContext, target: FollowByEmailProps['target']): FollowByEmailProps | null {
  if (!context.emailSubscriptions) return null;
  return {
    action: subscribeFormPaths(context).subscribe,
    words: subscriptionWordsFor(context.languages.locale),
    lang: context.languages.locale,
    target,
  };
}
