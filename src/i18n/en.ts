import type { Messages } from './messages';
import { machineEn } from './machine.en';
import { posterEn } from './poster.en';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const en: Messages = {
  lang: 'en',
  intlLocale: 'en-GB',
  dir: 'ltr',
  languageName: 'English',
  paths: {
    services: 'services',
    incidents: 'incidents',
    history: 'history',
    subscribe: 'subscribe',
    accessibility: 'accessibility',
    poster: 'poster',
    maintenance: 'maintenance',
  },

  skipToContent: 'Skip to content',
  languageSwitchLabel: 'Language',
  exampleBanner:
    'Example data: the municipality and the events on this page are made up to show how the status page works.',
  snapshotBanner: {
    shownAsOf: 'This information is shown as it was on',
    cannotRefresh: 'We cannot get newer information right now.',
  },
  lastUpdated: 'Last updated',
  mainNavigationLabel: 'Main menu',
  overviewLink: 'Service status',
  historyLink: 'History',
  accessibilityLink: 'Accessibility statement',
  footerNote: (organisation) =>
    `The status page of ${organisation} runs on a separate server, so that it keeps working when the organisation's own systems do not.`,

  status: {
    operational: 'Operational',
    degraded: 'Degraded',
    down: 'Down',
    investigating: 'Investigating',
    rebuilding: 'Being rebuilt',
    lost: 'Will not be restored',
    maintenance: 'Planned maintenance',
  },
  restored: 'Restored',
  phase: {
    investigating: 'Investigating',
    identified: 'Cause identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
  },
  impact: {
    none: 'No impact',
    minor: 'Minor impact',
    major: 'Major impact',
    critical: 'Critical impact',
  },

  overallHeadline(state) {
    switch (state.kind) {
      case 'no-services':
        return 'There are no services to show yet.';
      case 'all-operational':
        return 'All services are operational.';
      case 'maintenance':
        return 'Planned maintenance is under way.';
      case 'some-impaired':
        return 'Some services are working with limitations.';
      case 'one-not-working':
        return 'One service is not working right now.';
      case 'several-not-working':
        return 'Several services are not working right now.';
    }
  },
  overallDetail(state) {
    const parts: string[] = [];
    if (state.notWorking > 0)
      parts.push(`${state.notWorking} of ${state.total} services are not working.`);
    if (state.impaired > 0)
      parts.push(`${count(state.impaired, 'service is', 'services are')} working with limitations.`);
    if (state.maintenance > 0)
      parts.push(`${count(state.maintenance, 'service is', 'services are')} under planned maintenance.`);
    if (parts.length === 0 && state.total > 0)
      parts.push(`All ${state.total} services are working as usual.`);
    return parts.join(' ');
  },

  activeIncidents: 'Ongoing incidents',
  noActiveIncidents: 'There are no ongoing incidents.',
  servicesHeading: 'Services',
  noServices: 'No services have been added.',
  whatToDoInstead: 'What to do instead',
  expectedBack: 'Expected back',
  latestUpdate: 'Latest update',
  nextUpdateExpected: 'Next update expected',
  nextUpdateOverdue: 'The next update is late. We will publish it as soon as we can.',
  readMoreAbout: (title) => `Read more about ${title}`,
  incidentPhaseLabel: 'Status',
  startedAt: 'Started',
  resolvedAt: 'Resolved',
  affectedServices: 'Affected services',
  statusSince: 'since',

  contactHeading: 'Contact the municipality',
  openNow: 'Open now',
  closesAt: (time) => `closes ${time}`,
  closedNow: 'Closed now',
  opensAt: (when) => `opens ${when}`,
  openAroundTheClock: 'Open 24 hours',
  regularHours: 'Opening hours',
  otherDaysClosed: 'Closed other days.',
  temporaryHours: 'Temporary opening hours',
  closedOn: 'closed',
  dateRange: (from, through) => (from === through ? from : `${from} – ${through}`),
  dayRange: (first, last) => `${first}–${last}`,

  maintenanceStatus: {
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    verifying: 'Verifying',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  plannedMaintenance: 'Planned maintenance',
  maintenanceWindowLabel: 'When',
  maintenanceWhatWillBeDone: 'What will be done?',
  maintenanceAutomatic: {
    scheduled: 'We have planned maintenance. While it is under way, the services may be fully or partly unavailable.',
    rescheduled: 'The maintenance has a new time.',
    in_progress: 'The maintenance has started.',
    verifying: 'The work is done. We are now checking that everything works.',
    completed: 'The maintenance is complete.',
    cancelled: 'The maintenance has been cancelled.',
  },
  calendarLinkTitle: 'Planned maintenance (calendar)',
  calendarName: (siteTitle) => `Planned maintenance – ${siteTitle}`,
  calendarDescription: (organisation) => `Planned maintenance of services of ${organisation}.`,
  calendarCancelled: (title) => `Cancelled: ${title}`,
  calendarMoreInformation: 'More information',
  subscribeCalendar: {
    heading: 'Maintenance calendar',
    paragraphs: [
      'Add the address to your calendar (for example Outlook, Google Calendar or Apple Calendar) as a subscribed calendar to see when we plan maintenance. New times and cancellations update by themselves.',
    ],
  },

  noticeQuestions: {
    whatHappened: 'What has happened?',
    affectsMe: 'Does it affect me?',
    whatWeAreDoing: 'What are we doing?',
    whatYouShouldDo: 'What should you do?',
    whoToContact: 'Who can I contact?',
  },
  updateLog: 'Updates',
  noUpdates: 'No updates have been published yet.',
  updateHeading: (publishedAt) => `Update ${publishedAt}`,
  permalink: 'Link to this update',
  corrected: (when) => `Corrected ${when}`,
  correctionReason: 'Reason for the correction',
  originalText: 'Original text',
  statusChange: (service, from, to) => `${service}: ${from} → ${to}`,
  mentioned: 'Also concerns',
  standaloneUpdate: 'Service information',

  serviceStatusHeading: 'Status right now',
  aboutService: 'About the service',
  serviceHistory: 'Changes and updates',
  noServiceHistory: 'No changes have been published for this service.',
  relatedIncidents: 'Incidents affecting this service',

  historyTitle: 'History',
  historyIntro: 'Every published update, newest first.',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  previousPage: 'Newer updates',
  nextPage: 'Older updates',
  paginationLabel: 'Pages',
  incidentUpdate: (title) => title,

  olderTranslation: (original, updatedOn) =>
    `This translation is older than the ${original} text (updated ${updatedOn}).`,
  missingTranslation: (original) => `This text is only available in ${original}.`,
  olderTranslationMark: 'older translation',

  subscribeLink: 'Subscribe',
  subscribeTitle: 'Subscribe to updates',
  subscribeIntro: [
    'You can get every new update from this page automatically, without having to come back and check. This works with a feed (sometimes called RSS): an address that a feed reader fetches regularly.',
    'The feeds contain every published update with its date and time, which services changed status, and any corrections. Older updates are kept in archives that feed readers can fetch, so nothing is lost.',
  ],
  subscribeHowTo: {
    heading: 'How to subscribe',
    steps: [
      'Choose what to follow below: everything, one incident or one service.',
      'Copy the address. On a phone: press and hold the link and choose “Copy link”.',
      'Paste the address into your feed reader or e-mail program (for example Thunderbird or Outlook) where it says “Add feed” or “Subscribe”.',
    ],
  },
  subscribeFormats: {
    heading: 'Which format should I choose?',
    paragraphs: [
      'Choose RSS if you are unsure – almost every feed reader understands it. Atom is just as good and a little more precise about dates and corrections. JSON Feed is for developers who want to read the updates in their own programs.',
    ],
  },
  subscribeWholeSite: 'All updates',
  subscribeIncidents: 'One incident',
  subscribeServices: 'One service',
  feedFormatName: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },
  feedDescription: (organisation) => `Every published service status update from ${organisation}.`,
  pageDescription: (organisation) =>
    `Service status of ${organisation}: which services work, current incidents, what to do instead and how to reach us.`,
  feedTitleFor: (subject, siteTitle) => `${subject} – ${siteTitle}`,
  feedLinkTitle: (subject, format) => `${subject} (${format})`,

  poster: posterEn,
  machine: machineEn,

  accessibilityTitle: 'Accessibility statement',
  accessibilityStatement: ({ organisationName, reviewedOn }) => [
    {
      heading: 'About this website',
      paragraphs: [
        `${organisationName} runs this status page. We want as many people as possible to be able to use it. This statement describes how the page meets the Swedish law on accessibility of digital public services, any known issues, and how to report problems to us.`,
      ],
    },
    {
      heading: 'How accessible is the website?',
      paragraphs: [
        'The status page meets Web Content Accessibility Guidelines (WCAG) 2.1 level AA. It works without JavaScript, on narrow phone screens and in print. Status is always shown with text and a symbol, never by colour alone.',
      ],
    },
    {
      heading: 'What to do if you cannot use parts of the website',
      paragraphs: [
        'If you need the information in another format, contact us through the channels listed under “Contact the municipality” on the front page.',
      ],
    },
    {
      heading: 'Reporting accessibility problems',
      paragraphs: [
        'We are always working to improve accessibility. If you find a problem that is not described here, or think we do not meet the requirements of the law, please contact us so that we know about it.',
      ],
    },
    {
      heading: 'Enforcement',
      paragraphs: [
        'The Agency for Digital Government (Digg) is responsible for enforcing the law on accessibility of digital public services. If you are not satisfied with how we handle your comments, you can contact Digg.',
      ],
      link: { href: 'https://www.digg.se/tdosanmalan', text: 'Report to Digg (in Swedish)' },
    },
    {
      heading: 'How we tested the website',
      paragraphs: [
        'Every version is tested automatically with axe-core against WCAG 2.1 AA in a real browser, and the HTML of the pages is checked with the W3C validator. We have also gone through the pages with a keyboard and a screen reader.',
        reviewedOn
          ? `This statement was last reviewed on ${reviewedOn}.`
          : 'This statement has not yet been reviewed by the organisation.',
      ],
    },
  ],

  notFoundTitle: 'Page not found',
  notFoundText:
    'There is no page at this address. It may have moved, or the address may be mistyped.',
  forbiddenTitle: 'Not allowed',
  forbiddenText: 'Your account is not allowed to do this.',
  forbiddenCsrfText:
    'The form could not be verified (it did not come from the status page). Reload the page and try again.',
  badRequestTitle: 'Invalid address',
  badRequestText: 'The address contains something we cannot interpret, such as an invalid page number.',
  serverErrorTitle: 'Something went wrong',
  serverErrorText: (requestId) =>
    `The page cannot be shown right now. Please try again in a moment. If the problem persists, quote error code ${requestId}.`,
  badBodyTitle: 'The form could not be read',
  badBodyText: 'What was sent was incomplete or malformed, so nothing has been saved. Go back, reload the page and send it again.',
  unavailableTitle: 'Temporarily unavailable',
  unavailableText: 'The status page could not read its data just now. Try again in a few seconds.',
  backToOverview: 'Back to service status',
};
