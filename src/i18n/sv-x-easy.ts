/**
 * Lättläst svenska (easy-to-read Swedish), tagged `sv-x-easy` and served under /lattlast
 * (docs/decisions/0041-languages-and-tags.md). Short sentences, common words, one idea per
 * sentence, "du" and "vi". Written by the team, not yet by a trained easy-to-read writer
 * (Myndigheten för tillgängliga medier can advise). Most in need of review:
 * - the status words (`status`, `phase`): they must be plain and still mean exactly one thing;
 * - the subscribe page and the accessibility statement, the longest texts;
 * - `missingTranslation`: readers of this version are told the text is in ordinary Swedish.
 * Path words: the Swedish ones, so an address a reader already knows still works.
 */
import type { Messages } from './messages';
import { machineSvEasy } from './machine.sv-x-easy';
import { posterSvEasy } from './poster.sv-x-easy';

function tjanster(n: number): string {
  return n === 1 ? '1 tjänst' : `${n} tjänster`;
}

export const svEasy: Messages = {
  lang: 'sv-x-easy',
  intlLocale: 'sv-SE',
  dir: 'ltr',
  languageName: 'Lättläst svenska',
  paths: {
    services: 'tjanster',
    incidents: 'handelser',
    history: 'historik',
    subscribe: 'prenumerera',
    accessibility: 'tillganglighet',
    poster: 'affisch',
    maintenance: 'underhall',
  },

  skipToContent: 'Gå till texten',
  languageSwitchLabel: 'Språk',
  exampleBanner: 'Det här är ett exempel. Kommunen finns inte på riktigt. Det som händer här är påhittat.',
  snapshotBanner: {
    shownAsOf: 'Du ser sidan som den var',
    cannotRefresh: 'Vi kan inte visa nyare information just nu.',
  },
  lastUpdated: 'Ändrad senast',
  mainNavigationLabel: 'Meny',
  overviewLink: 'Vad fungerar?',
  historyLink: 'Gamla meddelanden',
  accessibilityLink: 'Hur lätt är sidan att använda?',
  footerNote: (organisation) =>
    `Den här sidan kommer från ${organisation}. Sidan finns på en egen dator. Därför fungerar den när kommunens andra datorer inte gör det.`,

  status: {
    operational: 'Fungerar',
    degraded: 'Fungerar delvis',
    down: 'Fungerar inte',
    investigating: 'Vi tar reda på vad som är fel',
    rebuilding: 'Vi bygger upp den igen',
    lost: 'Kommer inte tillbaka',
    maintenance: 'Vi lagar eller byter',
  },
  restored: 'Fungerar igen',
  phase: {
    investigating: 'Vi tar reda på vad som är fel',
    identified: 'Vi vet vad som är fel',
    monitoring: 'Vi kollar att det fungerar',
    resolved: 'Klart',
  },
  impact: {
    none: 'Inga problem för dig',
    minor: 'Små problem',
    major: 'Stora problem',
    critical: 'Mycket stora problem',
  },

  overallHeadline(state) {
    switch (state.kind) {
      case 'no-services':
        return 'Det finns inget att visa än.';
      case 'all-operational':
        return 'Allt fungerar.';
      case 'maintenance':
        return 'Vi lagar något just nu.';
      case 'some-impaired':
        return 'En del fungerar bara delvis.';
      case 'one-not-working':
        return 'En sak fungerar inte just nu.';
      case 'several-not-working':
        return 'Flera saker fungerar inte just nu.';
    }
  },
  overallDetail(state) {
    const parts: string[] = [];
    if (state.notWorking > 0) parts.push(`${state.notWorking} av ${state.total} tjänster fungerar inte.`);
    if (state.impaired > 0) parts.push(`${tjanster(state.impaired)} fungerar bara delvis.`);
    if (state.maintenance > 0) parts.push(`Vi lagar ${tjanster(state.maintenance)}.`);
    if (parts.length === 0 && state.total > 0) parts.push(`Alla ${state.total} tjänster fungerar.`);
    return parts.join(' ');
  },

  activeIncidents: 'Problem just nu',
  noActiveIncidents: 'Det finns inga problem just nu.',
  servicesHeading: 'Tjänster',
  noServices: 'Det finns inga tjänster på sidan.',
  whatToDoInstead: 'Det här kan du göra i stället',
  expectedBack: 'Vi tror att det fungerar igen',
  latestUpdate: 'Senaste meddelandet',
  nextUpdateExpected: 'Nästa meddelande kommer',
  nextUpdateOverdue: 'Nästa meddelande är sent. Det kommer så snart vi kan.',
  readMoreAbout: (title) => `Läs mer om ${title}`,
  incidentPhaseLabel: 'Läge',
  startedAt: 'Började',
  resolvedAt: 'Klart',
  affectedServices: 'Det här fungerar inte som vanligt',
  statusSince: 'sedan',

  contactHeading: 'Prata med kommunen',
  openNow: 'Öppet nu',
  closesAt: (time) => `stänger ${time}`,
  closedNow: 'Stängt nu',
  opensAt: (when) => `öppnar ${when}`,
  openAroundTheClock: 'Öppet hela dygnet',
  regularHours: 'Öppet',
  otherDaysClosed: 'Stängt andra dagar.',
  temporaryHours: 'Andra tider än vanligt',
  closedOn: 'stängt',
  dateRange: (from, through) => (from === through ? from : `${from}–${through}`),
  dayRange: (first, last) => `${first}–${last}`,

  maintenanceStatus: {
    scheduled: 'Planerat',
    in_progress: 'Pågår nu',
    verifying: 'Vi kollar',
    completed: 'Klart',
    cancelled: 'Blir inte av',
  },
  plannedMaintenance: 'Vi ska laga eller byta något',
  maintenanceWindowLabel: 'När',
  maintenanceWhatWillBeDone: 'Vad ska vi göra?',
  maintenanceAutomatic: {
    scheduled: 'Vi ska laga eller byta något. Då kanske tjänsterna inte fungerar.',
    rescheduled: 'Vi har ändrat tiden.',
    in_progress: 'Nu har vi börjat.',
    verifying: 'Vi är klara. Nu kollar vi att allt fungerar.',
    completed: 'Nu är det klart.',
    cancelled: 'Det blir inte av.',
  },
  calendarLinkTitle: 'När vi lagar något (kalender)',
  calendarName: (siteTitle) => `När vi lagar något – ${siteTitle}`,
  calendarDescription: (organisation) => `Här ser du när ${organisation} ska laga eller byta något.`,
  calendarCancelled: (title) => `Blir inte av: ${title}`,
  calendarMoreInformation: 'Läs mer',
  subscribeCalendar: {
    heading: 'Kalender',
    paragraphs: [
      'Du kan lägga till adressen i kalendern i din telefon eller dator.',
      'Då ser du när vi ska laga något.',
      'Kalendern ändras av sig själv om vi ändrar tiden.',
    ],
  },

  noticeQuestions: {
    whatHappened: 'Vad har hänt?',
    affectsMe: 'Gäller det mig?',
    whatWeAreDoing: 'Vad gör vi?',
    whatYouShouldDo: 'Vad ska du göra?',
    whoToContact: 'Vem kan jag fråga?',
  },
  updateLog: 'Meddelanden',
  noUpdates: 'Det finns inga meddelanden än.',
  updateHeading: (publishedAt) => `Meddelande ${publishedAt}`,
  permalink: 'Länk till meddelandet',
  corrected: (when) => `Ändrat ${when}`,
  correctionReason: 'Varför vi ändrade',
  originalText: 'Det som stod först',
  statusChange: (service, from, to) => `${service}: ${from} → ${to}`,
  mentioned: 'Gäller också',
  standaloneUpdate: 'Meddelande',

  serviceStatusHeading: 'Just nu',
  aboutService: 'Om tjänsten',
  serviceHistory: 'Meddelanden om tjänsten',
  noServiceHistory: 'Det finns inga meddelanden om tjänsten.',
  relatedIncidents: 'Problem med tjänsten',

  historyTitle: 'Gamla meddelanden',
  historyIntro: 'Här finns alla meddelanden. De nyaste står först.',
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  previousPage: 'Nyare meddelanden',
  nextPage: 'Äldre meddelanden',
  paginationLabel: 'Sidor',
  incidentUpdate: (title) => title,

  olderTranslation: (original, updatedOn) =>
    `Den här texten är gammal. Texten på ${original} ändrades ${updatedOn}.`,
  missingTranslation: (original) => `Texten finns inte på lättläst svenska. Den finns bara på ${original}.`,
  olderTranslationMark: 'gammal översättning',

  subscribeLink: 'Få meddelanden',
  subscribeTitle: 'Få nya meddelanden',
  subscribeIntro: [
    'Du kan få våra nya meddelanden av sig själv.',
    'Då behöver du inte gå in på sidan hela tiden.',
    'Du behöver en app som läser flöden. Ett flöde kallas ibland RSS.',
  ],
  subscribeHowTo: {
    heading: 'Gör så här',
    steps: [
      'Välj vad du vill läsa om.',
      'Kopiera adressen. I mobilen: håll fingret på länken. Välj ”Kopiera länk”.',
      'Öppna appen som läser flöden. Klistra in adressen där det står ”Lägg till flöde”.',
    ],
  },
  subscribeFormats: {
    heading: 'Vilket ska jag välja?',
    paragraphs: ['Välj RSS om du inte vet. RSS fungerar nästan alltid.', 'Atom och JSON Feed är för dig som kan mycket om datorer.'],
  },
  subscribeWholeSite: 'Alla meddelanden',
  subscribeIncidents: 'Ett problem',
  subscribeServices: 'En tjänst',
  feedFormatName: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },
  feedDescription: (organisation) => `Alla meddelanden från ${organisation} om vad som fungerar.`,
  pageDescription: (organisation) =>
    `Vad fungerar hos ${organisation}? Här ser du vad som fungerar. Du ser vad du kan göra i stället. Du ser hur du kan prata med oss.`,
  feedTitleFor: (subject, siteTitle) => `${subject} – ${siteTitle}`,
  feedLinkTitle: (subject, format) => `${subject} (${format})`,

  poster: posterSvEasy,
  machine: machineSvEasy,

  accessibilityTitle: 'Hur lätt är sidan att använda?',
  accessibilityStatement: ({ organisationName, reviewedOn }) => [
    {
      heading: 'Om sidan',
      paragraphs: [
        `Sidan kommer från ${organisationName}.`,
        'Vi vill att alla ska kunna använda sidan.',
        'Det finns en lag om det. Här berättar vi hur vi följer lagen.',
      ],
    },
    {
      heading: 'Hur bra är sidan?',
      paragraphs: [
        'Sidan följer reglerna WCAG 2.1 AA. Reglerna gör sidor lätta att använda.',
        'Sidan fungerar i mobilen. Du kan skriva ut den.',
        'Vi visar alltid läget med ord. Vi visar det aldrig bara med färg.',
      ],
    },
    {
      heading: 'Om du inte kan använda sidan',
      paragraphs: ['Du kan fråga oss. Under ”Prata med kommunen” på första sidan ser du hur.'],
    },
    {
      heading: 'Säg till om något är fel',
      paragraphs: ['Hittar du något som inte fungerar? Säg till oss. Då kan vi rätta det.'],
    },
    {
      heading: 'Om du inte är nöjd',
      paragraphs: ['Digg är en myndighet. Digg kollar att vi följer lagen. Du kan kontakta Digg.'],
      link: { href: 'https://www.digg.se/tdosanmalan', text: 'Skriv till Digg' },
    },
    {
      heading: 'Så har vi testat sidan',
      paragraphs: [
        'En dator testar sidan varje gång vi ändrar den.',
        'Vi har också testat sidan själva med tangentbord och skärmläsare.',
        reviewedOn ? `Texten ändrades senast ${reviewedOn}.` : 'Kommunen har inte läst den här texten än.',
      ],
    },
  ],

  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Vi hittar inte sidan. Kanske är adressen fel.',
  forbiddenTitle: 'Du får inte göra det här',
  forbiddenText: 'Ditt konto får inte göra det här.',
  forbiddenCsrfText: 'Något gick fel med formuläret. Ladda om sidan. Försök igen.',
  badRequestTitle: 'Fel adress',
  badRequestText: 'Vi förstår inte adressen. Kanske är ett nummer fel.',
  serverErrorTitle: 'Något gick fel',
  serverErrorText: (requestId) => `Vi kan inte visa sidan just nu. Försök igen om en stund. Fungerar det inte? Säg felkoden ${requestId} till oss.`,
  badBodyTitle: 'Vi kunde inte läsa formuläret',
  badBodyText: 'Något saknades. Vi har inte sparat något. Gå tillbaka. Ladda om sidan. Skicka igen.',
  unavailableTitle: 'Sidan fungerar inte just nu',
  unavailableText: 'Sidan kan inte hämta information just nu. Försök igen om en liten stund.',
  backToOverview: 'Till första sidan',
};
