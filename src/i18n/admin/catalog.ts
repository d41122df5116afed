/** Words of the catalog area (services, groups, contact channels, site settings). */
import type { ChannelKind, OpeningHoursMode } from '../../domain/contact';

/** Namespaced under `t.catalog`, so no other area's words can collide with these. */
export interface CatalogWords {
  // Shared by the catalog's forms and lists
  nameColumn: string;
  statusColumn: string;
  orderColumn: string;
  actionsColumn: string;
  moveUp: string;
  moveDown: string;
  nameLabel: string;
  catalogSlugLabel: string;
  slugFixed: (slug: string) => string;
  positionLabel: string;
  positionInvalid: (min: number, max: number) => string;
  languageLegend: (language: string, required: boolean) => string;
  optionalLanguageHint: string;
  staleFlag: string;
  staleExplanation: (original: string, originalChanged: string, translationChanged: string) => string;
  conflictHeading: string;
  conflictNewerUnknown: (when: string) => string;
  conflictKeptDraft: string;
  nothingChanged: string;
  catalogDateLabel: string;
  catalogTimeLabel: string;
  dateFormatHint: string;
  timeFormatHint: string;

  // Services
  servicesTitle: string;
  servicesIntro: string;
  newService: string;
  manageGroups: string;
  changeStatusOnDashboard: string;
  noGroupsYet: string;
  noServicesInGroup: string;
  retiredServicesHeading: string;
  retiredHint: string;
  retiredOn: (when: string) => string;
  newServiceTitle: string;
  editServiceTitle: (name: string) => string;
  backToServices: string;
  serviceSlugHint: string;
  groupLabel: string;
  positionHint: string;
  descriptionLabel: string;
  descriptionHint: string;
  workaroundLabel: string;
  workaroundHint: string;
  restorationNoteLabel: string;
  restorationNoteHint: string;
  expectedBackLegend: string;
  expectedBackHint: (timeZone: string) => string;
  dateTimeIncomplete: string;
  timeDoesNotExist: string;
  createService: string;
  statusHeading: string;
  statusHowTo: string;
  viewPublicPage: string;
  editDetailsHeading: string;
  retireHeading: string;
  retireExplanation: string;
  retiredState: (when: string) => string;
  retireButton: string;
  unretireButton: string;
  serviceCreated: (name: string) => string;
  serviceSaved: (name: string) => string;
  serviceMoved: (name: string) => string;
  serviceRetired: (name: string) => string;
  serviceUnretired: (name: string) => string;
  retiredLabel: string;
  notRetired: string;

  // Groups
  groupsTitle: string;
  groupsIntro: string;
  servicesCountColumn: string;
  newGroupHeading: string;
  groupSlugHint: string;
  createGroup: string;
  editGroupTitle: (name: string) => string;
  backToGroups: string;
  deleteGroup: string;
  groupCreated: (name: string) => string;
  groupSaved: (name: string) => string;
  groupMoved: (name: string) => string;
  groupDeleted: string;
  groupNotEmpty: (name: string, count: number) => string;

  // Contact channels
  contactsTitle: string;
  contactsIntro: string;
  newChannel: string;
  noChannelsYet: string;
  hoursColumn: string;
  kindLabel: string;
  kindName: Record<ChannelKind, string>;
  addressLabel: string;
  addressHint: string;
  modeLabel: string;
  modeName: Record<OpeningHoursMode, string>;
  channelPositionHint: string;
  channelNoteLabel: string;
  channelNoteHint: string;
  newChannelTitle: string;
  editChannelTitle: (name: string) => string;
  backToContacts: string;
  backToChannel: string;
  createChannel: string;
  weeklyHoursLegend: string;
  weeklyHoursHint: string;
  dayColumn: string;
  periodN: (n: number) => string;
  opensLabel: string;
  closesLabel: string;
  morePeriods: string;
  periodIncomplete: string;
  overridesLegend: string;
  overridesHint: string;
  overrideRowColumn: string;
  overrideRowN: (n: number) => string;
  overrideDatesColumn: string;
  overrideHoursColumn: string;
  overrideFrom: string;
  overrideThrough: string;
  overrideClosed: string;
  addOverrideRow: string;
  overrideNeedsDates: string;
  overrideNeedsTimes: string;
  rowsAdded: string;
  openNowLabel: string;
  closedNowLabel: string;
  hoursNotSet: string;
  deleteChannelLink: string;
  deleteChannelHeading: string;
  deleteChannelQuestion: (name: string, address: string) => string;
  deleteChannelButton: string;
  channelCreated: (name: string) => string;
  channelSaved: (name: string) => string;
  channelDeleted: string;

  // Site settings
  settingsTitle: string;
  settingsIntro: string;
  organisationNameLabel: string;
  organisationNameHint: string;
  siteTitleLabel: string;
  siteTitleHint: string;
  siteNoticeLabel: string;
  siteNoticeHint: string;
  languagesLegend: string;
  defaultLanguageAlways: string;
  offerLanguage: (language: string) => string;
  publicUrlLabel: string;
  publicUrlHint: string;
  timeZoneLabel: string;
  siteTimeZoneHint: string;
  reviewedOnLabel: string;
  reviewedOnHint: string;
  optionalSiteLanguageHint: string;
  settingsSaved: string;
}

export interface AdminCatalogMessages {
  catalog: CatalogWords;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const svWords: CatalogWords = {
  nameColumn: 'Namn',
  statusColumn: 'Status',
  orderColumn: 'Ordning',
  actionsColumn: 'Åtgärder',
  moveUp: 'Flytta upp',
  moveDown: 'Flytta ned',
  nameLabel: 'Namn',
  catalogSlugLabel: 'Adressnamn',
  slugFixed: (slug) => `Adressnamn: ${slug} (kan inte ändras).`,
  positionLabel: 'Ordningstal',
  positionInvalid: (min, max) => `Skriv ett heltal mellan ${min} och ${max}, eller lämna tomt.`,
  languageLegend: (language, required) => `${capitalise(language)} (${required ? 'obligatoriskt' : 'valfritt'})`,
  optionalLanguageHint: 'Lämna alla fält tomma för att visa den svenska texten i stället. Fyller du i något måste namnet finnas med.',
  staleFlag: 'Äldre än den svenska texten',
  staleExplanation: (original, originalChanged, translationChanged) =>
    `Texten på ${original} ändrades ${originalChanged}, den här översättningen senast ${translationChanged}. Läsarna ser en notis om att översättningen är äldre tills den har uppdaterats.`,
  conflictHeading: 'Så här ser det ut nu',
  conflictNewerUnknown: (when) => `Ändrat ${when}. Så här ser det ut nu:`,
  conflictKeptDraft: 'Det du skrev finns kvar i formuläret. Jämför, och spara igen om dina ändringar ska gälla.',
  nothingChanged: 'Inget var ändrat, så inget sparades.',
  catalogDateLabel: 'Datum',
  catalogTimeLabel: 'Klockslag',
  dateFormatHint: 'ÅÅÅÅ-MM-DD',
  timeFormatHint: 'TT:MM',

  servicesTitle: 'Tjänster',
  servicesIntro:
    'Tjänsterna på statussidan, grupp för grupp i den ordning de visas. Status ändras inte här: den ändras genom att publicera en daterad uppdatering på översikten eller i en händelse.',
  newService: 'Ny tjänst',
  manageGroups: 'Grupper',
  changeStatusOnDashboard: 'Ändra status på översikten',
  noGroupsYet: 'Det finns inga grupper än. Skapa en grupp först.',
  noServicesInGroup: 'Inga tjänster i gruppen.',
  retiredServicesHeading: 'Tagna ur bruk',
  retiredHint: 'Visas inte på översikten, men deras sidor, flöden och historik finns kvar.',
  retiredOn: (when) => `ur bruk sedan ${when}`,
  newServiceTitle: 'Ny tjänst',
  editServiceTitle: (name) => `Redigera ”${name}”`,
  backToServices: 'Tillbaka till tjänsterna',
  serviceSlugHint: 'Blir sidans adress, t.ex. mina-sidor i /tjanster/mina-sidor. Små bokstäver a–z, siffror och bindestreck. Kan inte ändras senare.',
  groupLabel: 'Grupp',
  positionHint: 'Lägre tal visas först i gruppen. Lämna tomt för sist. Knapparna i listan flyttar ett steg i taget.',
  descriptionLabel: 'Beskrivning',
  descriptionHint: 'Vad tjänsten är. Visas på tjänstens sida.',
  workaroundLabel: 'Vad kan man göra i stället?',
  workaroundHint: 'Visas när tjänsten inte fungerar som vanligt: telefon, pappersblankett, besök.',
  restorationNoteLabel: 'När väntas den tillbaka? (fritext)',
  restorationNoteHint: 'T.ex. ”Tidigast i mars”. Visas när tjänsten inte fungerar som vanligt.',
  expectedBackLegend: 'Väntas tillbaka',
  expectedBackHint: (timeZone) =>
    `Datum och klockslag i statussidans tidszon (${timeZone}). Lämna båda tomma om det inte är känt; töm dem för att ta bort tiden.`,
  dateTimeIncomplete: 'Fyll i både datum och klockslag, eller töm båda.',
  timeDoesNotExist: 'Den tiden finns inte den dagen (klockan ställs fram en timme). Välj en annan tid.',
  createService: 'Skapa tjänsten',
  statusHeading: 'Status',
  statusHowTo: 'Status ändras genom att publicera en daterad uppdatering.',
  viewPublicPage: 'Visa tjänstens sida',
  editDetailsHeading: 'Uppgifter',
  retireHeading: 'Ta ur bruk',
  retireExplanation:
    'En tjänst som tas ur bruk försvinner från översikten, men dess sida, flöde och historik finns kvar. Det går att ångra.',
  retiredState: (when) => `Tjänsten togs ur bruk ${when} och visas inte på översikten. Sidan och historiken finns kvar.`,
  retireButton: 'Ta ur bruk',
  unretireButton: 'Visa på översikten igen',
  serviceCreated: (name) => `Tjänsten ”${name}” är skapad.`,
  serviceSaved: (name) => `Ändringarna i ”${name}” är sparade.`,
  serviceMoved: (name) => `”${name}” är flyttad.`,
  serviceRetired: (name) => `”${name}” är tagen ur bruk och visas inte längre på översikten.`,
  serviceUnretired: (name) => `”${name}” visas på översikten igen.`,
  retiredLabel: 'Ur bruk',
  notRetired: 'Nej',

  groupsTitle: 'Grupper av tjänster',
  groupsIntro: 'Grupperna delar in översikten. En grupp kan tas bort först när den är tom.',
  servicesCountColumn: 'Tjänster',
  newGroupHeading: 'Ny grupp',
  groupSlugHint: 'Intern beteckning: små bokstäver a–z, siffror och bindestreck. Kan inte ändras senare.',
  createGroup: 'Skapa gruppen',
  editGroupTitle: (name) => `Byt namn på ”${name}”`,
  backToGroups: 'Tillbaka till grupperna',
  deleteGroup: 'Ta bort',
  groupCreated: (name) => `Gruppen ”${name}” är skapad.`,
  groupSaved: (name) => `Gruppen ”${name}” är sparad.`,
  groupMoved: (name) => `Gruppen ”${name}” är flyttad.`,
  groupDeleted: 'Gruppen är borttagen.',
  groupNotEmpty: (name, count) =>
    `Gruppen ”${name}” kan inte tas bort eftersom den har ${count} ${count === 1 ? 'tjänst' : 'tjänster'} (tjänster som tagits ur bruk räknas också). Flytta dem till en annan grupp först.`,

  contactsTitle: 'Kontaktvägar',
  contactsIntro: 'Vart invånarna kan vända sig, med öppettider. Statussidan visar om varje kontaktväg är öppen just nu.',
  newChannel: 'Ny kontaktväg',
  noChannelsYet: 'Det finns inga kontaktvägar än.',
  hoursColumn: 'Öppettider',
  kindLabel: 'Slag',
  kindName: { phone: 'Telefon', email: 'E-post', visit: 'Besök', web: 'Webbplats', social: 'Sociala medier', other: 'Annat' },
  addressLabel: 'Adress',
  addressHint: 'Telefonnummer, e-postadress, besöksadress eller webbadress.',
  modeLabel: 'Öppettider',
  modeName: { scheduled: 'Enligt öppettiderna nedan', always: 'Öppet dygnet runt', none: 'Öppettider gäller inte' },
  channelPositionHint: 'Lägre tal visas först. Lämna tomt för sist.',
  channelNoteLabel: 'Notis',
  channelNoteHint: 'T.ex. ”Välj 1 för bygglov.” Visas med kontaktvägen.',
  newChannelTitle: 'Ny kontaktväg',
  editChannelTitle: (name) => `Redigera ”${name}”`,
  backToContacts: 'Tillbaka till kontaktvägarna',
  backToChannel: 'Tillbaka till kontaktvägen',
  createChannel: 'Skapa kontaktvägen',
  weeklyHoursLegend: 'Ordinarie öppettider',
  weeklyHoursHint:
    'Lokal tid i statussidans tidszon. Lämna en dag tom om det är stängt. Flera perioder samma dag, t.ex. för lunchstängt. En period som stänger vid eller före öppningstiden går över midnatt, t.ex. 16:30–08:00.',
  dayColumn: 'Dag',
  periodN: (n) => `Period ${n}`,
  opensLabel: 'öppnar',
  closesLabel: 'stänger',
  morePeriods: 'Fler perioder per dag',
  periodIncomplete: 'Fyll i både öppnar och stänger (TT:MM), eller töm båda.',
  overridesLegend: 'Tillfälliga öppettider',
  overridesHint:
    'Ersätter de ordinarie tiderna de dagar de gäller, t.ex. utökade tider under en kris eller stängt en helgdag. Töm en rad för att ta bort den.',
  overrideRowColumn: 'Rad',
  overrideRowN: (n) => `Rad ${n}`,
  overrideDatesColumn: 'Dagar',
  overrideHoursColumn: 'Tider',
  overrideFrom: 'från och med',
  overrideThrough: 'till och med',
  overrideClosed: 'Stängt',
  addOverrideRow: 'Ny rad för tillfälliga tider',
  overrideNeedsDates: 'Fyll i båda datumen (ÅÅÅÅ-MM-DD).',
  overrideNeedsTimes: 'Fyll i öppnar och stänger (TT:MM), eller kryssa i Stängt.',
  rowsAdded: 'Fler rader finns nu i formuläret. Inget är sparat än.',
  openNowLabel: 'öppet nu',
  closedNowLabel: 'stängt nu',
  hoursNotSet: 'Inga öppettider angivna',
  deleteChannelLink: 'Ta bort kontaktvägen …',
  deleteChannelHeading: 'Ta bort kontaktvägen',
  deleteChannelQuestion: (name, address) =>
    `Vill du ta bort ”${name}” (${address})? Den försvinner från statussidan, med sina öppettider. Det går inte att ångra.`,
  deleteChannelButton: 'Ta bort kontaktvägen',
  channelCreated: (name) => `Kontaktvägen ”${name}” är skapad.`,
  channelSaved: (name) => `Ändringarna i ”${name}” är sparade.`,
  channelDeleted: 'Kontaktvägen är borttagen.',

  settingsTitle: 'Inställningar',
  settingsIntro: 'Organisationen, statussidans namn och språk. Ändringar syns direkt på statussidan.',
  organisationNameLabel: 'Organisationens namn',
  organisationNameHint: 'T.ex. ”Exempelviks kommun”.',
  siteTitleLabel: 'Statussidans rubrik',
  siteTitleHint: 'T.ex. ”Driftstatus för Exempelviks kommun”.',
  siteNoticeLabel: 'Stående meddelande',
  siteNoticeHint: 'Visas överst på översikten, t.ex. var man hittar mer information. Lämna tomt för inget.',
  languagesLegend: 'Språk på statussidan',
  defaultLanguageAlways: 'Svenska finns alltid.',
  offerLanguage: (language) => `Erbjud ${language}`,
  publicUrlLabel: 'Statussidans adress',
  publicUrlHint: 'Adressen läsarna använder, t.ex. https://status.exempelvik.se. Används i länkar och flöden.',
  timeZoneLabel: 'Tidszon',
  siteTimeZoneHint: 'T.ex. Europe/Stockholm. Alla tider visas i den här tidszonen.',
  reviewedOnLabel: 'Tillgänglighetsredogörelsen granskades',
  reviewedOnHint: 'Datum, ÅÅÅÅ-MM-DD. Lämna tomt om den inte har granskats.',
  optionalSiteLanguageHint: 'Lämna alla fält tomma för att visa de svenska texterna i stället. Fyller du i något måste namn och rubrik finnas med.',
  settingsSaved: 'Inställningarna är sparade.',
};

const enWords: CatalogWords = {
  nameColumn: 'Name',
  statusColumn: 'Status',
  orderColumn: 'Order',
  actionsColumn: 'Actions',
  moveUp: 'Move up',
  moveDown: 'Move down',
  nameLabel: 'Name',
  catalogSlugLabel: 'Address name',
  slugFixed: (slug) => `Address name: ${slug} (cannot be changed).`,
  positionLabel: 'Order number',
  positionInvalid: (min, max) => `Write a whole number between ${min} and ${max}, or leave it empty.`,
  languageLegend: (language, required) => `${capitalise(language)} (${required ? 'required' : 'optional'})`,
  optionalLanguageHint: 'Leave every field empty to show the Swedish text instead. If you fill in anything, the name is required.',
  staleFlag: 'Older than the Swedish text',
  staleExplanation: (original, originalChanged, translationChanged) =>
    `The ${original} text changed ${originalChanged}; this translation last changed ${translationChanged}. Readers see a note that the translation is older until it is updated.`,
  conflictHeading: 'This is how it looks now',
  conflictNewerUnknown: (when) => `Changed ${when}. This is how it looks now:`,
  conflictKeptDraft: 'What you wrote is still in the form. Compare, and save again if your changes should apply.',
  nothingChanged: 'Nothing had changed, so nothing was saved.',
  catalogDateLabel: 'Date',
  catalogTimeLabel: 'Time',
  dateFormatHint: 'YYYY-MM-DD',
  timeFormatHint: 'HH:MM',

  servicesTitle: 'Services',
  servicesIntro:
    'The services on the status page, group by group in the order they are shown. Status is not changed here: it changes by publishing a dated update on the dashboard or in an incident.',
  newService: 'New service',
  manageGroups: 'Groups',
  changeStatusOnDashboard: 'Change the status on the dashboard',
  noGroupsYet: 'There are no groups yet. Create a group first.',
  noServicesInGroup: 'No services in this group.',
  retiredServicesHeading: 'Retired',
  retiredHint: 'Not shown on the overview, but their pages, feeds and history remain.',
  retiredOn: (when) => `retired since ${when}`,
  newServiceTitle: 'New service',
  editServiceTitle: (name) => `Edit “${name}”`,
  backToServices: 'Back to the services',
  serviceSlugHint: 'Becomes the page address, e.g. mina-sidor in /tjanster/mina-sidor. Lowercase letters a–z, digits and hyphens. Cannot be changed later.',
  groupLabel: 'Group',
  positionHint: 'Lower numbers come first in the group. Leave empty for last. The buttons in the list move one step at a time.',
  descriptionLabel: 'Description',
  descriptionHint: 'What the service is. Shown on its page.',
  workaroundLabel: 'What to do instead',
  workaroundHint: 'Shown when the service does not work normally: phone, paper form, visit.',
  restorationNoteLabel: 'When is it expected back? (free text)',
  restorationNoteHint: 'E.g. “March at the earliest”. Shown when the service does not work normally.',
  expectedBackLegend: 'Expected back',
  expectedBackHint: (timeZone) =>
    `Date and time in the status page’s time zone (${timeZone}). Leave both empty when unknown; empty them to remove the time.`,
  dateTimeIncomplete: 'Fill in both the date and the time, or empty both.',
  timeDoesNotExist: 'That time does not exist on that day (the clocks go forward an hour). Choose another time.',
  createService: 'Create the service',
  statusHeading: 'Status',
  statusHowTo: 'The status changes by publishing a dated update.',
  viewPublicPage: 'View the service page',
  editDetailsHeading: 'Details',
  retireHeading: 'Retire',
  retireExplanation:
    'A retired service leaves the overview, but its page, feed and history remain. This can be undone.',
  retiredState: (when) => `The service was retired ${when} and is not shown on the overview. Its page and history remain.`,
  retireButton: 'Retire',
  unretireButton: 'Show on the overview again',
  serviceCreated: (name) => `The service “${name}” has been created.`,
  serviceSaved: (name) => `The changes to “${name}” have been saved.`,
  serviceMoved: (name) => `“${name}” has been moved.`,
  serviceRetired: (name) => `“${name}” has been retired and is no longer shown on the overview.`,
  serviceUnretired: (name) => `“${name}” is shown on the overview again.`,
  retiredLabel: 'Retired',
  notRetired: 'No',

  groupsTitle: 'Service groups',
  groupsIntro: 'Groups divide the overview. A group can be deleted only when it is empty.',
  servicesCountColumn: 'Services',
  newGroupHeading: 'New group',
  groupSlugHint: 'Internal name: lowercase letters a–z, digits and hyphens. Cannot be changed later.',
  createGroup: 'Create the group',
  editGroupTitle: (name) => `Rename “${name}”`,
  backToGroups: 'Back to the groups',
  deleteGroup: 'Delete',
  groupCreated: (name) => `The group “${name}” has been created.`,
  groupSaved: (name) => `The group “${name}” has been saved.`,
  groupMoved: (name) => `The group “${name}” has been moved.`,
  groupDeleted: 'The group has been deleted.',
  groupNotEmpty: (name, count) =>
    `The group “${name}” cannot be deleted because it has ${count} ${count === 1 ? 'service' : 'services'} (retired services count too). Move them to another group first.`,

  contactsTitle: 'Contact channels',
  contactsIntro: 'Where residents can turn, with opening hours. The status page shows whether each channel is open right now.',
  newChannel: 'New contact channel',
  noChannelsYet: 'There are no contact channels yet.',
  hoursColumn: 'Opening hours',
  kindLabel: 'Kind',
  kindName: { phone: 'Phone', email: 'E-mail', visit: 'Visit', web: 'Website', social: 'Social media', other: 'Other' },
  addressLabel: 'Address',
  addressHint: 'Phone number, e-mail address, street address or web address.',
  modeLabel: 'Opening hours',
  modeName: { scheduled: 'By the opening hours below', always: 'Open around the clock', none: 'Opening hours do not apply' },
  channelPositionHint: 'Lower numbers come first. Leave empty for last.',
  channelNoteLabel: 'Note',
  channelNoteHint: 'E.g. “Press 1 for building permits.” Shown with the channel.',
  newChannelTitle: 'New contact channel',
  editChannelTitle: (name) => `Edit “${name}”`,
  backToContacts: 'Back to the contact channels',
  backToChannel: 'Back to the contact channel',
  createChannel: 'Create the contact channel',
  weeklyHoursLegend: 'Regular opening hours',
  weeklyHoursHint:
    'Local time in the status page’s time zone. Leave a day empty when closed. Several periods a day, e.g. for a lunch break. A period that closes at or before its opening time runs past midnight, e.g. 16:30–08:00.',
  dayColumn: 'Day',
  periodN: (n) => `Period ${n}`,
  opensLabel: 'opens',
  closesLabel: 'closes',
  morePeriods: 'More periods per day',
  periodIncomplete: 'Fill in both opens and closes (HH:MM), or empty both.',
  overridesLegend: 'Temporary opening hours',
  overridesHint:
    'Replace the regular hours on the days they cover, e.g. extended hours during a crisis or closed on a holiday. Empty a row to remove it.',
  overrideRowColumn: 'Row',
  overrideRowN: (n) => `Row ${n}`,
  overrideDatesColumn: 'Days',
  overrideHoursColumn: 'Hours',
  overrideFrom: 'from',
  overrideThrough: 'through',
  overrideClosed: 'Closed',
  addOverrideRow: 'New row for temporary hours',
  overrideNeedsDates: 'Fill in both dates (YYYY-MM-DD).',
  overrideNeedsTimes: 'Fill in opens and closes (HH:MM), or tick Closed.',
  rowsAdded: 'The form now has more rows. Nothing has been saved yet.',
  openNowLabel: 'open now',
  closedNowLabel: 'closed now',
  hoursNotSet: 'No opening hours given',
  deleteChannelLink: 'Delete the contact channel …',
  deleteChannelHeading: 'Delete the contact channel',
  deleteChannelQuestion: (name, address) =>
    `Delete “${name}” (${address})? It disappears from the status page, with its opening hours. This cannot be undone.`,
  deleteChannelButton: 'Delete the contact channel',
  channelCreated: (name) => `The contact channel “${name}” has been created.`,
  channelSaved: (name) => `The changes to “${name}” have been saved.`,
  channelDeleted: 'The contact channel has been deleted.',

  settingsTitle: 'Settings',
  settingsIntro: 'The organisation, the status page’s name and its languages. Changes show on the status page at once.',
  organisationNameLabel: 'Name of the organisation',
  organisationNameHint: 'E.g. “Exempelvik Municipality”.',
  siteTitleLabel: 'Title of the status page',
  siteTitleHint: 'E.g. “Service status for Exempelvik Municipality”.',
  siteNoticeLabel: 'Standing notice',
  siteNoticeHint: 'Shown at the top of the overview, e.g. where to find more information. Leave empty for none.',
  languagesLegend: 'Languages of the status page',
  defaultLanguageAlways: 'Swedish is always offered.',
  offerLanguage: (language) => `Offer ${language}`,
  publicUrlLabel: 'Address of the status page',
  publicUrlHint: 'The address readers use, e.g. https://status.exempelvik.se. Used in links and feeds.',
  timeZoneLabel: 'Time zone',
  siteTimeZoneHint: 'E.g. Europe/Stockholm. Every time is shown in this zone.',
  reviewedOnLabel: 'Accessibility statement reviewed on',
  reviewedOnHint: 'Date, YYYY-MM-DD. Leave empty if it has not been reviewed.',
  optionalSiteLanguageHint: 'Leave every field empty to show the Swedish texts instead. If you fill in anything, the name and the title are required.',
  settingsSaved: 'The settings have been saved.',
};

export const svCatalog: AdminCatalogMessages = { catalog: svWords };
export const enCatalog: AdminCatalogMessages = { catalog: enWords };
