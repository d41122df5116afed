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
  /** The field that adds a language the list does not show yet, by its code. */
  addLanguageLabel: string;
  addLanguageHint: string;
  /** Next to an offered language the public interface does not exist in yet. */
  contentOnlyLanguage: (language: string) => string;
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

export { svCatalog } from './catalog.sv';
export { enCatalog } from './catalog.en';
