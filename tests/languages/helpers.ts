/**
 * A site offering every interface language, with a little content in each: a service
 * translated into some languages and not others, an incident with a notice and updates, a
 * contact channel with a phone number, and a planned maintenance. Each test builds its own.
 */
import { INTERFACE_LOCALES } from '../../src/domain/locales';
import { messagesFor } from '../../src/i18n';
import { scheduleMaintenance } from '../../src/store/maintenance';
import { pathOf, pathsFor, prefixFor, type PageRef } from '../../src/urls/paths';
import { createTestApp } from '../helpers/app';
import { makeChannel, makeGroup, makeIncident, makeService, makeSite, publish } from '../helpers/factories';

/** The languages added by issue 17, each with its URL prefix and direction. */
export const NEW_LANGUAGES = [
  { lang: 'fi', prefix: '/fi', dir: 'ltr' },
  { lang: 'fit', prefix: '/fit', dir: 'ltr' },
  { lang: 'ar', prefix: '/ar', dir: 'rtl' },
  { lang: 'sv-x-easy', prefix: '/lattlast', dir: 'ltr' },
] as const;

export const ALL_LANGUAGES = [...INTERFACE_LOCALES];

export const PUBLIC_URL = 'https://status.example.org';

export const SITE_TEXTS: Record<string, { organisationName: string; siteTitle: string }> = {
  sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby' },
  en: { organisationName: 'Testby Municipality', siteTitle: 'Testby service status' },
  fi: { organisationName: 'Testbyn kunta', siteTitle: 'Testbyn palvelujen tila' },
  fit: { organisationName: 'Testbyn kunta', siteTitle: 'Testbyn palveluksitten tila' },
  ar: { organisationName: 'بلدية تستبي', siteTitle: 'حالة خدمات تستبي' },
  'sv-x-easy': { organisationName: 'Testby kommun', siteTitle: 'Vad fungerar i Testby?' },
};

export async function multilingualSite(options: { now?: string } = {}) {
  const context = await createTestApp({ seed: 'none', now: options.now });
  const { db, clock } = context;
  await makeSite(db, clock, { offeredLocales: [...ALL_LANGUAGES], texts: SITE_TEXTS });
  const group = await makeGroup(db, clock, { sv: 'E-tjänster', en: 'E-services' });
  // Translated into Finnish and Arabic, not into Meänkieli nor easy-to-read Swedish.
  const service = await makeService(db, clock, {
    groupId: group,
    slug: 'mina-sidor',
    sv: { name: 'Mina sidor', workaround: 'Ring kontaktcenter.' },
    en: { name: 'My pages', workaround: 'Call the contact centre.' },
  });
  await makeService(db, clock, { groupId: group, slug: 'bibliotek', sv: { name: 'Biblioteket' }, en: null });
  const channel = await makeChannel(db, clock, {
    slug: 'kontaktcenter',
    address: '0123-45 67 00',
    texts: { sv: { name: 'Kontaktcenter' }, en: { name: 'Contact centre' }, ar: { name: 'مركز الاتصال' } },
  });
  const incident = await makeIncident(db, clock, {
    slug: 'it-angrepp',
    serviceIds: [service.id],
    texts: {
      sv: { title: 'IT-angrepp', whatHappened: 'Kommunen har utsatts för ett IT-angrepp.', whatYouShouldDo: 'Ring oss.' },
      fi: { title: 'Tietomurto', whatHappened: 'Kuntaan on kohdistunut tietoturvahyökkäys.', whatYouShouldDo: 'Soita meille.' },
      ar: { title: 'هجوم إلكتروني', whatHappened: 'تعرضت البلدية لهجوم إلكتروني.', whatYouShouldDo: 'اتصل بنا.' },
      'sv-x-easy': { title: 'Någon har tagit sig in i datorerna', whatHappened: 'Någon har tagit sig in i kommunens datorer.', whatYouShouldDo: 'Ring oss.' },
    },
  });
  await publish(db, clock, {
    incidentId: incident.id,
    texts: { sv: 'Vi utreder vad som har hänt.', fi: 'Selvitämme, mitä on tapahtunut.', ar: 'نحن نتحقق مما حدث.' },
    changes: [{ serviceId: service.id, to: 'down' }],
  });
  const maintenance = await scheduleMaintenance(db, clock, {
    slug: 'uppgradering',
    texts: { sv: { title: 'Uppgradering av e-tjänsterna' }, fi: { title: 'Sähköisten palvelujen päivitys' } },
    serviceIds: [service.id],
    startsAt: new Date('2026-03-05T17:00:00Z'),
    endsAt: new Date('2026-03-05T19:00:00Z'),
  });
  return { ...context, service, incident, channel, maintenance };
}

/** Every kind of public page with a ref, as `pathOf` names it in each language. */
export const PAGE_REFS: PageRef[] = [
  { kind: 'overview' },
  { kind: 'service', slug: 'mina-sidor' },
  { kind: 'incident', slug: 'it-angrepp' },
  { kind: 'incident', slug: 'uppgradering' },
  { kind: 'history', page: 1 },
  { kind: 'accessibility' },
  { kind: 'subscribe' },
  { kind: 'poster' },
];

export function pathIn(lang: string, ref: PageRef): string {
  return pathOf(ref, pathsFor(lang, 'sv'));
}

/** Every HTML page of one language: the page kinds above, the API page and the embed. */
export function htmlPagesOf(lang: string): string[] {
  const prefix = prefixFor(lang, 'sv');
  return [...PAGE_REFS.map((ref) => pathIn(lang, ref)), `${prefix}/api`, `${prefix}/embed`];
}

export function wordsOf(lang: string) {
  return messagesFor(lang);
}

/** The `<link rel="alternate" hreflang>` of a page: hreflang → href. */
export function hreflangLinks(html: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)) links.set(match[1]!, match[2]!);
  return links;
}

/** The opening `<html …>` tag's lang and dir. */
export function htmlLangAndDir(html: string): { lang: string | undefined; dir: string | undefined } {
  const tag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
  return { lang: /\blang="([^"]+)"/.exec(tag)?.[1], dir: /\bdir="([^"]+)"/.exec(tag)?.[1] };
}
