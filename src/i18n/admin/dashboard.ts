/**
 * Words of the dashboard's service list and quick status change. Everything sits under one
 * `dashboard` key so it cannot collide with other areas' words.
 */

export interface DashboardWords {
  notWorkingHeading: (count: number) => string;
  workingHeading: (count: number) => string;
  allWorking: string;
  insteadLabel: string;
  backLabel: string;
  unknownRestoration: string;
  insteadSummary: string;
  changeSummary: string;
  /** After the change summary, for screen readers: which service ("för E-post"). */
  forService: (service: string) => string;
  notesLegend: string;
  noteIn: (language: string) => string;
  noteOptional: string;
  incidentLabel: string;
  incidentHint: string;
  standalone: string;
  /** After a save without a note in `language`: the page in it shows the default language's text. */
  missingTranslation: (language: string, defaultLanguage: string) => string;
}

export interface AdminDashboardMessages {
  dashboard: DashboardWords;
}

export const svDashboard: AdminDashboardMessages = {
  dashboard: {
    notWorkingHeading: (count) => `Fungerar inte som vanligt (${count})`,
    workingHeading: (count) => `Fungerar (${count})`,
    allWorking: 'Alla tjänster fungerar.',
    insteadLabel: 'Gör så här i stället:',
    backLabel: 'Väntas tillbaka:',
    unknownRestoration: 'okänt',
    insteadSummary: 'Gör så här i stället',
    changeSummary: 'Ändra status',
    forService: (service) => `för ${service}`,
    notesLegend: 'Kort meddelande',
    noteIn: (language) => `Meddelande på ${language}`,
    noteOptional: 'Frivilligt. Lämnas det tomt visas meddelandet på standardspråket.',
    incidentLabel: 'Publicera som',
    incidentHint: 'Som uppdatering av en pågående händelse som gäller tjänsten, eller fristående.',
    standalone: 'Fristående uppdatering (ingen händelse)',
    missingTranslation: (language, defaultLanguage) => `Ingen text på ${language} — sidan på ${language} visar den på ${defaultLanguage}.`,
  },
};

export const enDashboard: AdminDashboardMessages = {
  dashboard: {
    notWorkingHeading: (count) => `Not working as usual (${count})`,
    workingHeading: (count) => `Working (${count})`,
    allWorking: 'All services are working.',
    insteadLabel: 'Do this instead:',
    backLabel: 'Expected back:',
    unknownRestoration: 'unknown',
    insteadSummary: 'What to do instead',
    changeSummary: 'Change status',
    forService: (service) => `of ${service}`,
    notesLegend: 'Short message',
    noteIn: (language) => `Message in ${language}`,
    noteOptional: 'Optional. Left empty, the message is shown in the default language.',
    incidentLabel: 'Publish as',
    incidentHint: 'As an update of an ongoing incident concerning the service, or on its own.',
    standalone: 'Standalone update (no incident)',
    missingTranslation: (language, defaultLanguage) => `No text in ${language} — the ${language} page shows the ${defaultLanguage} one.`,
  },
};
