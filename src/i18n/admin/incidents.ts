/**
 * Words of the incidents area (incidents, updates, preview, corrections). They live under
 * `t.incidents` so that generic names (preview, dateLabel …) never collide with another
 * area's words when the catalogs are merged.
 */
export interface IncidentWords {
  incidentsTitle: string;
  newIncident: string;
  newIncidentTitle: string;
  backToIncidents: string;
  backToIncident: (title: string) => string;
  ongoingIncidents: string;
  noOngoingIncidents: string;
  resolvedIncidents: string;
  noResolvedIncidents: string;
  startedOn: (when: string) => string;
  noNextUpdatePromised: string;
  incidentColumn: string;
  startedColumn: string;
  resolvedColumn: string;
  resolvedPagesLabel: string;
  pageOf: (page: number, pages: number) => string;
  newerIncidents: string;
  olderIncidents: string;

  slugLabel: string;
  slugHint: string;
  impactLabel: string;
  impactHint: string;
  phaseLabel: string;
  noticeInLanguage: (language: string) => string;
  noticeTitleLabel: string;
  noticeQuestionHints: {
    whatHappened: string;
    affectsMe: string;
    whatWeAreDoing: string;
    whatYouShouldDo: string;
    whoToContact: string;
  };
  affectedServicesLabel: string;
  noServicesYet: string;
  nextUpdateLabel: string;
  timeZoneHint: (zone: string) => string;
  dateLabel: string;
  dateHint: string;
  timeLabel: string;
  timeHint: string;
  clearNextUpdate: string;
  nextUpdateIncomplete: string;
  nextUpdateNonexistent: string;
  nextUpdateInPast: string;
  nextUpdateClearOrSet: string;
  nextUpdateEditHint: string;
  currentlyPromised: (when: string) => string;
  firstUpdateLegend: string;
  firstUpdateHint: string;
  createIncident: string;
  incidentCreated: string;
  firstUpdateFailed: string;

  noticeHeading: string;
  editNotice: string;
  saveNotice: string;
  noticeSaved: string;
  noticeConflict: string;
  textEditedAt: (when: string) => string;
  olderThanOriginal: (language: string, when: string) => string;
  none: string;
  viewPublicIncident: string;

  postUpdateHeading: string;
  updateTextLabel: (language: string) => string;
  updateTextHint: string;
  statusChangesLegend: string;
  statusChangesHint: string;
  affectedServicesGroup: string;
  otherServices: string;
  currentStatus: (status: string) => string;
  keepStatus: string;
  preview: string;
  updatePublished: string;
  updateConflict: string;
  alreadyResolved: string;

  previewHeading: string;
  previewReady: string;
  previewNotPublished: string;
  previewOnPage: (language: string) => string;
  previewResolves: string;
  previewPhase: (phase: string) => string;
  previewNextCleared: string;
  previewNextSet: (when: string) => string;

  resolveHeading: string;
  resolveIntro: string;
  closingTextLabel: (language: string) => string;
  restoreLegend: (status: string) => string;
  resolveButton: string;
  incidentResolved: string;

  updateLogHeading: string;
  noUpdatesYet: string;
  correctUpdate: (when: string) => string;
  correctedTimes: (count: number, when: string) => string;
  correctionTitle: string;
  correctionIntro: (when: string) => string;
  shownNow: string;
  yourCorrection: string;
  correctedTextLabel: string;
  correctionReasonLabel: string;
  correctionReasonHint: string;
  correctionUnchanged: string;
  publishCorrection: string;
  correctionPublished: string;
}

export interface AdminIncidentMessages {
  incidents: IncidentWords;
}

const sv: IncidentWords = {
  incidentsTitle: 'Händelser',
  newIncident: 'Ny händelse',
  newIncidentTitle: 'Ny händelse',
  backToIncidents: 'Tillbaka till händelserna',
  backToIncident: (title) => `Tillbaka till ”${title}”`,
  ongoingIncidents: 'Pågående',
  noOngoingIncidents: 'Inga pågående händelser.',
  resolvedIncidents: 'Avslutade',
  noResolvedIncidents: 'Inga avslutade händelser.',
  startedOn: (when) => `började ${when}`,
  noNextUpdatePromised: 'Ingen tid för nästa uppdatering är utlovad.',
  incidentColumn: 'Händelse',
  startedColumn: 'Började',
  resolvedColumn: 'Avslutad',
  resolvedPagesLabel: 'Sidor med avslutade händelser',
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  newerIncidents: 'Nyare',
  olderIncidents: 'Äldre',

  slugLabel: 'Adress',
  slugHint: 'Blir en del av länken, till exempel it-angrepp. Små bokstäver a–z, siffror och bindestreck. Kan inte ändras senare.',
  impactLabel: 'Påverkan',
  impactHint: 'Hur stor del av verksamheten som påverkas.',
  phaseLabel: 'Läge',
  noticeInLanguage: (language) => `Meddelandet på ${language.toLowerCase()}`,
  noticeTitleLabel: 'Rubrik',
  noticeQuestionHints: {
    whatHappened: 'Kort och sakligt, utan facktermer.',
    affectsMe: 'Vilka tjänster och vilka invånare berörs?',
    whatWeAreDoing: 'Vad gör vi just nu, och vad händer härnäst?',
    whatYouShouldDo: 'Vad kan man göra i stället: ringa, besöka, pappersblankett?',
    whoToContact: 'Telefonnummer, besöksadress och öppettider.',
  },
  affectedServicesLabel: 'Berörda tjänster',
  noServicesYet: 'Det finns inga tjänster ännu.',
  nextUpdateLabel: 'Nästa uppdatering väntas',
  timeZoneHint: (zone) => `Svensk tid (${zone}).`,
  dateLabel: 'Datum',
  dateHint: 'ÅÅÅÅ-MM-DD',
  timeLabel: 'Klockslag',
  timeHint: 'TT:MM',
  clearNextUpdate: 'Ingen tid för nästa uppdatering (ta bort den utlovade tiden)',
  nextUpdateIncomplete: 'Ange både datum och klockslag, eller inget av dem.',
  nextUpdateNonexistent: 'Den tiden finns inte den dagen: klockan ställs fram en timme. Välj en annan tid.',
  nextUpdateInPast: 'Tiden har redan passerat. Ange en tid i framtiden.',
  nextUpdateClearOrSet: 'Ange en ny tid eller ta bort den utlovade tiden, inte båda.',
  nextUpdateEditHint: 'Lämna tomt för att behålla den utlovade tiden.',
  currentlyPromised: (when) => `Utlovad nu: ${when}. Lämna tomt för att behålla den.`,
  firstUpdateLegend: 'Första uppdateringen (valfritt)',
  firstUpdateHint: 'Publiceras som en daterad uppdatering i händelsens logg, med eventuella statusändringar.',
  createIncident: 'Skapa händelsen',
  incidentCreated: 'Händelsen är skapad och syns på statussidan.',
  firstUpdateFailed: 'Händelsen skapades, men den första uppdateringen publicerades inte. Din text finns kvar i formuläret nedan.',

  noticeHeading: 'Meddelandet',
  editNotice: 'Redigera meddelandet',
  saveNotice: 'Spara meddelandet',
  noticeSaved: 'Meddelandet är sparat.',
  noticeConflict: 'Så här ser meddelandet ut nu, ovan. Dina ändringar finns kvar i formuläret: jämför och spara igen.',
  textEditedAt: (when) => `Senast ändrad ${when}.`,
  olderThanOriginal: (language, when) => `Äldre än texten på ${language.toLowerCase()} (ändrad ${when}).`,
  none: 'inga',
  viewPublicIncident: 'Visa händelsen på statussidan',

  postUpdateHeading: 'Publicera en uppdatering',
  updateTextLabel: (language) => `Text på ${language.toLowerCase()}`,
  updateTextHint: 'Vad är nytt sedan förra uppdateringen?',
  statusChangesLegend: 'Ändra tjänsternas status',
  statusChangesHint: 'Välj ny status för de tjänster som ändras; övriga behåller sin status.',
  affectedServicesGroup: 'Berörda tjänster',
  otherServices: 'Andra tjänster',
  currentStatus: (status) => `Nu: ${status}`,
  keepStatus: 'Behåll nuvarande status',
  preview: 'Förhandsgranska',
  updatePublished: 'Uppdateringen är publicerad.',
  updateConflict: 'Kontrollera händelsen och tjänsternas status nedan och publicera igen. Din text finns kvar.',
  alreadyResolved: 'Händelsen är redan avslutad.',

  previewHeading: 'Förhandsgranskning',
  previewReady: 'Förhandsgranskningen visas under formuläret. Inget är publicerat än.',
  previewNotPublished: 'Inget är publicerat än. Så här kommer uppdateringen att se ut:',
  previewOnPage: (language) => `På statussidan på ${language.toLowerCase()}`,
  previewResolves: 'Händelsen avslutas.',
  previewPhase: (phase) => `Läget blir: ${phase}.`,
  previewNextCleared: 'Den utlovade tiden för nästa uppdatering tas bort.',
  previewNextSet: (when) => `Nästa uppdatering utlovas ${when}.`,

  resolveHeading: 'Avsluta händelsen',
  resolveIntro: 'Skriv en avslutande text: vad som hände, att det är åtgärdat och vart man vänder sig med frågor.',
  closingTextLabel: (language) => `Avslutande text på ${language.toLowerCase()}`,
  restoreLegend: (status) => `Sätt status ${status} för`,
  resolveButton: 'Avsluta händelsen',
  incidentResolved: 'Händelsen är avslutad.',

  updateLogHeading: 'Publicerade uppdateringar',
  noUpdatesYet: 'Inga uppdateringar ännu.',
  correctUpdate: (when) => `Rätta uppdateringen från ${when}`,
  correctedTimes: (count, when) => (count === 1 ? `Rättad en gång, ${when}.` : `Rättad ${count} gånger, senast ${when}.`),
  correctionTitle: 'Rätta en uppdatering',
  correctionIntro: (when) =>
    `Uppdateringen publicerades ${when}. Rättelsen visas med datum och skäl; den ursprungliga texten finns kvar för läsarna.`,
  shownNow: 'Texten som visas nu',
  yourCorrection: 'Din rättelse',
  correctedTextLabel: 'Rättad text',
  correctionReasonLabel: 'Skäl till rättelsen',
  correctionReasonHint: 'Visas för läsarna, till exempel ”Fel telefonnummer”.',
  correctionUnchanged: 'Texten är oförändrad. Ändra texten för att rätta den.',
  publishCorrection: 'Publicera rättelsen',
  correctionPublished: 'Rättelsen är publicerad.',
};

const en: IncidentWords = {
  incidentsTitle: 'Incidents',
  newIncident: 'New incident',
  newIncidentTitle: 'New incident',
  backToIncidents: 'Back to incidents',
  backToIncident: (title) => `Back to “${title}”`,
  ongoingIncidents: 'Ongoing',
  noOngoingIncidents: 'No ongoing incidents.',
  resolvedIncidents: 'Resolved',
  noResolvedIncidents: 'No resolved incidents.',
  startedOn: (when) => `started ${when}`,
  noNextUpdatePromised: 'No time is promised for the next update.',
  incidentColumn: 'Incident',
  startedColumn: 'Started',
  resolvedColumn: 'Resolved',
  resolvedPagesLabel: 'Pages of resolved incidents',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  newerIncidents: 'Newer',
  olderIncidents: 'Older',

  slugLabel: 'Address',
  slugHint: 'Becomes part of the link, for example it-attack. Lowercase letters a–z, digits and hyphens. Cannot be changed later.',
  impactLabel: 'Impact',
  impactHint: 'How much of the organisation is affected.',
  phaseLabel: 'Phase',
  noticeInLanguage: (language) => `The notice in ${language}`,
  noticeTitleLabel: 'Title',
  noticeQuestionHints: {
    whatHappened: 'Short and factual, without jargon.',
    affectsMe: 'Which services and which residents are affected?',
    whatWeAreDoing: 'What are we doing now, and what happens next?',
    whatYouShouldDo: 'What can people do instead: call, visit, a paper form?',
    whoToContact: 'Phone number, visiting address and opening hours.',
  },
  affectedServicesLabel: 'Affected services',
  noServicesYet: 'There are no services yet.',
  nextUpdateLabel: 'Next update expected',
  timeZoneHint: (zone) => `Swedish time (${zone}).`,
  dateLabel: 'Date',
  dateHint: 'YYYY-MM-DD',
  timeLabel: 'Time',
  timeHint: 'HH:MM',
  clearNextUpdate: 'No time for the next update (remove the promised time)',
  nextUpdateIncomplete: 'Give both a date and a time, or neither.',
  nextUpdateNonexistent: 'That time does not exist on that day: the clocks go forward an hour. Choose another time.',
  nextUpdateInPast: 'That time has already passed. Give a time in the future.',
  nextUpdateClearOrSet: 'Give a new time or remove the promised time, not both.',
  nextUpdateEditHint: 'Leave empty to keep the promised time.',
  currentlyPromised: (when) => `Promised now: ${when}. Leave empty to keep it.`,
  firstUpdateLegend: 'First update (optional)',
  firstUpdateHint: 'Published as a dated update in the incident log, with any status changes.',
  createIncident: 'Create the incident',
  incidentCreated: 'The incident is created and shown on the status page.',
  firstUpdateFailed: 'The incident was created, but the first update was not published. Your text is still in the form below.',

  noticeHeading: 'The notice',
  editNotice: 'Edit the notice',
  saveNotice: 'Save the notice',
  noticeSaved: 'The notice is saved.',
  noticeConflict: 'This is the notice as it is now, above. Your changes are still in the form: compare and save again.',
  textEditedAt: (when) => `Last changed ${when}.`,
  olderThanOriginal: (language, when) => `Older than the ${language} text (changed ${when}).`,
  none: 'none',
  viewPublicIncident: 'View the incident on the status page',

  postUpdateHeading: 'Post an update',
  updateTextLabel: (language) => `Text in ${language}`,
  updateTextHint: 'What is new since the last update?',
  statusChangesLegend: 'Change service statuses',
  statusChangesHint: 'Choose a new status for the services that change; the others keep theirs.',
  affectedServicesGroup: 'Affected services',
  otherServices: 'Other services',
  currentStatus: (status) => `Now: ${status}`,
  keepStatus: 'Keep the current status',
  preview: 'Preview',
  updatePublished: 'The update is published.',
  updateConflict: 'Check the incident and the service statuses below and publish again. Your text is kept.',
  alreadyResolved: 'The incident is already resolved.',

  previewHeading: 'Preview',
  previewReady: 'The preview is shown below the form. Nothing is published yet.',
  previewNotPublished: 'Nothing is published yet. This is how the update will look:',
  previewOnPage: (language) => `On the status page in ${language}`,
  previewResolves: 'The incident will be resolved.',
  previewPhase: (phase) => `The phase becomes: ${phase}.`,
  previewNextCleared: 'The promised time for the next update is removed.',
  previewNextSet: (when) => `The next update is promised ${when}.`,

  resolveHeading: 'Resolve the incident',
  resolveIntro: 'Write a closing text: what happened, that it is fixed, and where to turn with questions.',
  closingTextLabel: (language) => `Closing text in ${language}`,
  restoreLegend: (status) => `Set status ${status} for`,
  resolveButton: 'Resolve the incident',
  incidentResolved: 'The incident is resolved.',

  updateLogHeading: 'Published updates',
  noUpdatesYet: 'No updates yet.',
  correctUpdate: (when) => `Correct the update of ${when}`,
  correctedTimes: (count, when) => (count === 1 ? `Corrected once, ${when}.` : `Corrected ${count} times, last ${when}.`),
  correctionTitle: 'Correct an update',
  correctionIntro: (when) =>
    `The update was published ${when}. The correction is shown with its date and reason; the original text stays visible to readers.`,
  shownNow: 'The text shown now',
  yourCorrection: 'Your correction',
  correctedTextLabel: 'Corrected text',
  correctionReasonLabel: 'Reason for the correction',
  correctionReasonHint: 'Shown to readers, for example “Wrong phone number”.',
  correctionUnchanged: 'The text is unchanged. Change the text to correct it.',
  publishCorrection: 'Publish the correction',
  correctionPublished: 'The correction is published.',
};

export const svIncidents: AdminIncidentMessages = { incidents: sv };
export const enIncidents: AdminIncidentMessages = { incidents: en };
