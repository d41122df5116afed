import type { Messages } from './messages';
import { machineSv } from './machine.sv';
import { posterSv } from './poster.sv';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const sv: Messages = {
  lang: 'sv',
  intlLocale: 'sv-SE',
  dir: 'ltr',
  languageName: 'Svenska',
  paths: {
    services: 'tjanster',
    incidents: 'handelser',
    history: 'historik',
    subscribe: 'prenumerera',
    accessibility: 'tillganglighet',
    poster: 'affisch',
    maintenance: 'underhall',
  },

  skipToContent: 'Hoppa till innehållet',
  languageSwitchLabel: 'Språk',
  exampleBanner:
    'Exempeldata: kommunen och händelserna på den här sidan är påhittade för att visa hur statussidan fungerar.',
  snapshotBanner: {
    shownAsOf: 'Informationen visas som den var',
    cannotRefresh: 'Vi kan just nu inte hämta nyare uppgifter.',
  },
  lastUpdated: 'Senast uppdaterad',
  mainNavigationLabel: 'Huvudmeny',
  overviewLink: 'Driftstatus',
  historyLink: 'Historik',
  accessibilityLink: 'Tillgänglighetsredogörelse',
  footerNote: (organisation) =>
    `Statussidan för ${organisation} ligger på en separat server, så att den fungerar även när kommunens egna system inte gör det.`,

  status: {
    operational: 'Fungerar',
    degraded: 'Begränsad funktion',
    down: 'Ur funktion',
    investigating: 'Under utredning',
    rebuilding: 'Återuppbyggs',
    lost: 'Kommer inte att återställas',
    maintenance: 'Planerat underhåll',
  },
  restored: 'Återställd',
  phase: {
    investigating: 'Vi utreder',
    identified: 'Orsaken är känd',
    monitoring: 'Vi följer upp',
    resolved: 'Avslutad',
  },
  impact: {
    none: 'Ingen påverkan',
    minor: 'Liten påverkan',
    major: 'Stor påverkan',
    critical: 'Mycket stor påverkan',
  },

  overallHeadline(state) {
    switch (state.kind) {
      case 'no-services':
        return 'Det finns inga tjänster att visa ännu.';
      case 'all-operational':
        return 'Alla tjänster fungerar.';
      case 'maintenance':
        return 'Planerat underhåll pågår.';
      case 'some-impaired':
        return 'Vissa tjänster fungerar med begränsningar.';
      case 'one-not-working':
        return 'En tjänst fungerar inte just nu.';
      case 'several-not-working':
        return 'Flera tjänster fungerar inte just nu.';
    }
  },
  overallDetail(state) {
    const parts: string[] = [];
    if (state.notWorking > 0)
      parts.push(`${state.notWorking} av ${state.total} tjänster fungerar inte.`);
    if (state.impaired > 0)
      parts.push(`${count(state.impaired, 'tjänst', 'tjänster')} fungerar med begränsningar.`);
    if (state.maintenance > 0)
      parts.push(`${count(state.maintenance, 'tjänst har', 'tjänster har')} planerat underhåll.`);
    if (parts.length === 0 && state.total > 0)
      parts.push(`Alla ${state.total} tjänster fungerar som vanligt.`);
    return parts.join(' ');
  },

  activeIncidents: 'Pågående händelser',
  noActiveIncidents: 'Det finns inga pågående händelser.',
  servicesHeading: 'Tjänster',
  noServices: 'Inga tjänster är inlagda.',
  whatToDoInstead: 'Gör så här i stället',
  expectedBack: 'Väntas fungera igen',
  latestUpdate: 'Senaste uppdatering',
  nextUpdateExpected: 'Nästa uppdatering väntas',
  nextUpdateOverdue: 'Nästa uppdatering är försenad. Vi publicerar den så snart vi kan.',
  readMoreAbout: (title) => `Läs mer om ${title}`,
  incidentPhaseLabel: 'Läge',
  startedAt: 'Började',
  resolvedAt: 'Avslutad',
  affectedServices: 'Berörda tjänster',
  statusSince: 'sedan',

  contactHeading: 'Kontakta kommunen',
  openNow: 'Öppet nu',
  closesAt: (time) => `stänger ${time}`,
  closedNow: 'Stängt nu',
  opensAt: (when) => `öppnar ${when}`,
  openAroundTheClock: 'Öppet dygnet runt',
  regularHours: 'Öppettider',
  otherDaysClosed: 'Övriga dagar stängt.',
  temporaryHours: 'Tillfälliga öppettider',
  closedOn: 'stängt',
  dateRange: (from, through) => (from === through ? from : `${from}–${through}`),
  dayRange: (first, last) => `${first}–${last}`,

  maintenanceStatus: {
    scheduled: 'Planerat',
    in_progress: 'Pågår',
    verifying: 'Kontrolleras',
    completed: 'Avslutat',
    cancelled: 'Inställt',
  },
  plannedMaintenance: 'Planerat underhåll',
  maintenanceWindowLabel: 'Tid',
  maintenanceWhatWillBeDone: 'Vad ska göras?',
  maintenanceAutomatic: {
    scheduled: 'Vi har planerat ett underhåll. Under tiden kan tjänsterna vara helt eller delvis otillgängliga.',
    rescheduled: 'Underhållet har fått en ny tid.',
    in_progress: 'Underhållet har börjat.',
    verifying: 'Arbetet är klart. Vi kontrollerar nu att allt fungerar.',
    completed: 'Underhållet är klart.',
    cancelled: 'Underhållet är inställt.',
  },
  calendarLinkTitle: 'Planerat underhåll (kalender)',
  calendarName: (siteTitle) => `Planerat underhåll – ${siteTitle}`,
  calendarDescription: (organisation) => `Planerat underhåll av tjänster hos ${organisation}.`,
  calendarCancelled: (title) => `Inställt: ${title}`,
  calendarMoreInformation: 'Mer information',
  subscribeCalendar: {
    heading: 'Kalender med planerat underhåll',
    paragraphs: [
      'Lägg till adressen som en prenumererad kalender i din kalender (till exempel Outlook, Google Kalender eller Kalender i iPhone), så ser du när vi planerar underhåll. Nya tider och inställda underhåll uppdateras av sig själva.',
    ],
  },

  noticeQuestions: {
    whatHappened: 'Vad har hänt?',
    affectsMe: 'Påverkar det mig?',
    whatWeAreDoing: 'Vad gör vi?',
    whatYouShouldDo: 'Vad ska du göra?',
    whoToContact: 'Vem vänder jag mig till?',
  },
  updateLog: 'Uppdateringar',
  noUpdates: 'Inga uppdateringar är publicerade ännu.',
  updateHeading: (publishedAt) => `Uppdatering ${publishedAt}`,
  permalink: 'Länk till uppdateringen',
  corrected: (when) => `Rättad ${when}`,
  correctionReason: 'Varför rättelsen',
  originalText: 'Ursprunglig text',
  statusChange: (service, from, to) => `${service}: ${from} → ${to}`,
  mentioned: 'Gäller även',
  standaloneUpdate: 'Driftinformation',

  serviceStatusHeading: 'Status just nu',
  aboutService: 'Om tjänsten',
  serviceHistory: 'Ändringar och uppdateringar',
  noServiceHistory: 'Inga ändringar är publicerade för den här tjänsten.',
  relatedIncidents: 'Händelser som berör tjänsten',

  historyTitle: 'Historik',
  historyIntro: 'Alla publicerade uppdateringar, de senaste först.',
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  previousPage: 'Nyare uppdateringar',
  nextPage: 'Äldre uppdateringar',
  paginationLabel: 'Sidor',
  incidentUpdate: (title) => title,

  olderTranslation: (original, updatedOn) =>
    `Översättningen är äldre än texten på ${original} (uppdaterad ${updatedOn}).`,
  missingTranslation: (original) => `Texten finns bara på ${original}.`,
  olderTranslationMark: 'äldre översättning',

  subscribeLink: 'Prenumerera',
  subscribeTitle: 'Prenumerera på uppdateringar',
  subscribeIntro: [
    'Du kan få alla nya uppdateringar från den här sidan automatiskt, utan att behöva gå in och titta. Det fungerar med ett flöde (ibland kallat RSS): en adress som en flödesläsare hämtar med jämna mellanrum.',
    'Flödena innehåller varje publicerad uppdatering med datum och tid, vilka tjänster som ändrat status och eventuella rättelser. Äldre uppdateringar finns i arkiv som flödesläsare kan hämta, så ingenting försvinner.',
  ],
  subscribeHowTo: {
    heading: 'Så här gör du',
    steps: [
      'Välj vad du vill följa nedan: allt, en händelse eller en tjänst.',
      'Kopiera adressen. På en mobil: håll fingret på länken och välj ”Kopiera länk”.',
      'Klistra in adressen i din flödesläsare eller e-postklient (till exempel Thunderbird eller Outlook) där det står ”Lägg till flöde” eller ”Prenumerera”.',
    ],
  },
  subscribeFormats: {
    heading: 'Vilket format ska jag välja?',
    paragraphs: [
      'Välj RSS om du är osäker – nästan alla flödesläsare förstår det. Atom är lika bra och lite mer exakt med datum och rättelser. JSON Feed är till för utvecklare som vill läsa uppdateringarna i egna program.',
    ],
  },
  subscribeWholeSite: 'Alla uppdateringar',
  subscribeIncidents: 'En händelse',
  subscribeServices: 'En tjänst',
  feedFormatName: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },
  feedDescription: (organisation) => `Alla publicerade uppdateringar om driftstatus från ${organisation}.`,
  pageDescription: (organisation) =>
    `Driftstatus för ${organisation}: vilka tjänster som fungerar, pågående störningar, vad du kan göra i stället och hur du når oss.`,
  feedTitleFor: (subject, siteTitle) => `${subject} – ${siteTitle}`,
  feedLinkTitle: (subject, format) => `${subject} (${format})`,

  poster: posterSv,
  machine: machineSv,

  accessibilityTitle: 'Tillgänglighetsredogörelse',
  accessibilityStatement: ({ organisationName, reviewedOn }) => [
    {
      heading: 'Om webbplatsen',
      paragraphs: [
        `${organisationName} står bakom den här statussidan. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur sidan uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem till oss.`,
      ],
    },
    {
      heading: 'Hur tillgänglig är webbplatsen?',
      paragraphs: [
        'Statussidan uppfyller kraven i Web Content Accessibility Guidelines (WCAG) 2.1 på nivå AA. Den fungerar utan JavaScript, på smala mobilskärmar och går att skriva ut. Status visas alltid med text och symbol, aldrig bara med färg.',
      ],
    },
    {
      heading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      paragraphs: [
        'Om du behöver informationen i ett annat format kan du kontakta oss via kanalerna under ”Kontakta kommunen” på startsidan.',
      ],
    },
    {
      heading: 'Rapportera brister',
      paragraphs: [
        'Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns.',
      ],
    },
    {
      heading: 'Tillsyn',
      paragraphs: [
        'Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg.',
      ],
      link: { href: 'https://www.digg.se/tdosanmalan', text: 'Anmäl till Digg' },
    },
    {
      heading: 'Hur vi testat webbplatsen',
      paragraphs: [
        'Varje version testas automatiskt med axe-core mot WCAG 2.1 AA i en riktig webbläsare, och sidornas HTML kontrolleras med W3C:s validator. Vi har också gått igenom sidorna med tangentbord och skärmläsare.',
        reviewedOn
          ? `Redogörelsen uppdaterades senast ${reviewedOn}.`
          : 'Redogörelsen har ännu inte granskats av organisationen.',
      ],
    },
  ],

  notFoundTitle: 'Sidan finns inte',
  notFoundText:
    'Vi hittar ingen sida på den här adressen. Den kan ha flyttats, eller så är adressen felskriven.',
  forbiddenTitle: 'Inte behörig',
  forbiddenText: 'Ditt konto har inte behörighet till det här.',
  forbiddenCsrfText:
    'Formuläret kunde inte verifieras (det kom inte från statussidan). Ladda om sidan och försök igen.',
  badRequestTitle: 'Felaktig adress',
  badRequestText: 'Adressen innehåller något vi inte kan tolka, till exempel ett ogiltigt sidnummer.',
  serverErrorTitle: 'Något gick fel',
  serverErrorText: (requestId) =>
    `Sidan kunde inte visas just nu. Försök igen om en stund. Om felet kvarstår, uppge felkod ${requestId}.`,
  badBodyTitle: 'Formuläret kunde inte läsas',
  badBodyText:
    'Det som skickades var ofullständigt eller felaktigt uppbyggt, så ingenting har sparats. Gå tillbaka, ladda om sidan och skicka igen.',
  unavailableTitle: 'Tillfälligt otillgänglig',
  unavailableText: 'Statussidan kunde inte läsa sina uppgifter just nu. Försök igen om några sekunder.',
  backToOverview: 'Till driftstatus',
};
