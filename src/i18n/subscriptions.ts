/**
 * Words of e-mail subscriptions: the form on the subscribe page and on service and incident
 * pages, the confirm/manage/leave pages, and the mails. One file per language beside this
 * one; typed per interface language, so a language added to INTERFACE_LOCALES without these
 * words is a type error.
 */
import type { InterfaceLocale } from '../domain/locales';
import { subscriptionsEn } from './subscriptions.en';
import { subscriptionsSv } from './subscriptions.sv';
import { subscriptionsAr } from './subscriptions.ar';
import { subscriptionsFi } from './subscriptions.fi';
import { subscriptionsFit } from './subscriptions.fit';
import { subscriptionsSvEasy } from './subscriptions.sv-x-easy';

export interface SubscriptionWords {
  /** Path words under the subscribe page: `/prenumerera/bekrafta` … */
  paths: { confirm: string; manage: string; unsubscribe: string };

  formHeading: string;
  formIntro: string;
  emailLabel: string;
  emailHint: string;
  followLegend: string;
  followEverything: string;
  followServices: string;
  followIncident: (title: string) => string;
  languageLabel: string;
  submit: string;
  /** The small form on a service or incident page. */
  followThisHeading: string;
  followThisService: string;
  followThisIncident: string;
  /** Shown instead of the form when the server has no mail configured. */
  unavailable: string;

  privacyHeading: string;
  privacy: string[];

  errorSummary: string;
  invalidEmail: string;
  noServicesChosen: string;
  unknownChoice: string;
  tooManyTitle: string;
  tooMany: string;

  checkMailTitle: string;
  checkMail: string[];

  confirmTitle: string;
  confirmText: string;
  confirmButton: string;
  confirmedTitle: string;
  confirmed: string;

  linkInvalidTitle: string;
  linkInvalid: string;

  manageTitle: string;
  manageIntro: (email: string) => string;
  saveButton: string;
  saved: string;
  endHeading: string;
  endText: string;
  endButton: string;
  endedTitle: string;
  ended: string;

  unsubscribeTitle: string;
  unsubscribeText: string;

  mail: {
    confirmSubject: (organisation: string) => string;
    confirmIntro: (organisation: string) => string;
    confirmAction: string;
    confirmExpiry: string;
    notYou: string;
    alreadySubject: (organisation: string) => string;
    alreadyIntro: (organisation: string) => string;
    alreadyAction: string;
    /** Subject of a notification: the incident's title or the services concerned. */
    updateSubject: (subject: string, organisation: string) => string;
    statusChanges: string;
    instead: string;
    whatYouShouldDo: string;
    readMore: string;
    manage: string;
    unsubscribe: string;
    why: (organisation: string) => string;
  };
}

const CATALOGS: Readonly<Record<InterfaceLocale, SubscriptionWords>> = {
  sv: subscriptionsSv,
  en: subscriptionsEn,
  fi: subscriptionsFi,
  fit: subscriptionsFit,
  ar: subscriptionsAr,
  'sv-x-easy': subscriptionsSvEasy,
};

export function subscriptionWordsFor(locale: string): SubscriptionWords {
  return Object.hasOwn(CATALOGS, locale) ? CATALOGS[locale as InterfaceLocale] : subscriptionsSv;
}
