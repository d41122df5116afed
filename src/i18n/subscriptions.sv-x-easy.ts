/**
 * Lättläst svenska, written by the issue 17 engineer so the interface could grow to every
 * language (the subscriptions' author owns the wording). Review first: `privacy`.
 */
import type { SubscriptionWords } from './subscriptions';

export const subscriptionsSvEasy: SubscriptionWords = {
  paths: { confirm: 'bekrafta', manage: 'installningar', unsubscribe: 'avsluta' },

  formHeading: 'Få e-post när något händer',
  formIntro: 'Skriv din e-postadress. Då skickar vi ett mejl när vi skriver något nytt. Först får du ett mejl med en länk. Du kan sluta när du vill.',
  emailLabel: 'E-postadress',
  emailHint: 'Till exempel namn@exempel.se',
  followLegend: 'Vad vill du läsa om?',
  followEverything: 'Allt',
  followServices: 'Bara tjänsterna jag väljer',
  followIncident: (title) => `Bara ”${title}”`,
  languageLabel: 'Språk i mejlen',
  submit: 'Skicka',
  followThisHeading: 'Få e-post',
  followThisService: 'Få e-post om tjänsten',
  followThisIncident: 'Få e-post om det här problemet',
  unavailable: 'Du kan inte få e-post från sidan just nu. Du kan läsa flödena här under.',

  privacyHeading: 'Det här sparar vi om dig',
  privacy: [
    'Vi sparar din e-postadress. Vi sparar vad du vill läsa om och vilket språk du vill ha.',
    'Vi sparar inte ditt namn.',
    'Klickar du inte på länken inom 48 timmar? Då tar vi bort adressen.',
    'I varje mejl finns en länk. Med den kan du sluta få mejl. Då tar vi bort adressen direkt.',
  ],

  errorSummary: 'Något blev fel',
  invalidEmail: 'Skriv en e-postadress. Till exempel namn@exempel.se.',
  noServicesChosen: 'Välj minst en tjänst. Eller välj ”Allt”.',
  unknownChoice: 'Det du valde finns inte längre. Välj något annat.',
  tooManyTitle: 'För många försök',
  tooMany: 'Många har skickat på kort tid. Vänta en timme. Försök sedan igen.',

  checkMailTitle: 'Titta i din e-post',
  checkMail: ['Vi har skickat ett mejl med en länk. Klicka på länken inom 48 timmar.', 'Hittar du inget mejl? Titta i skräpposten.'],

  confirmTitle: 'Säg ja',
  confirmText: 'Tryck på knappen. Då får du e-post när vi skriver något nytt.',
  confirmButton: 'Ja, jag vill få e-post',
  confirmedTitle: 'Klart',
  confirmed: 'Nu får du e-post när vi skriver något nytt. I varje mejl finns en länk. Med den kan du sluta.',

  linkInvalidTitle: 'Länken fungerar inte',
  linkInvalid: 'Länken är för gammal eller fel. Du kan anmäla dig igen.',

  manageTitle: 'Din e-post från oss',
  manageIntro: (email) => `Här ändrar du vad ${email} får e-post om.`,
  saveButton: 'Spara',
  saved: 'Nu är det sparat.',
  endHeading: 'Sluta få e-post',
  endText: 'Vi tar bort adressen direkt. Du får inga fler mejl.',
  endButton: 'Sluta',
  endedTitle: 'Nu får du inga fler mejl',
  ended: 'Vi har tagit bort adressen.',

  unsubscribeTitle: 'Sluta få e-post',
  unsubscribeText: 'Tryck på knappen. Då får du inga fler mejl. Vi tar bort adressen direkt.',

  mail: {
    confirmSubject: (organisation) => `Vill du få e-post från ${organisation}?`,
    confirmIntro: (organisation) => `Någon vill få e-post från ${organisation} till den här adressen. Vi hoppas att det är du.`,
    confirmAction: 'Klicka på länken. Tryck sedan på knappen:',
    confirmExpiry: 'Länken fungerar i 48 timmar.',
    notYou: 'Var det inte du? Gör ingenting. Då får du inga fler mejl.',
    alreadySubject: (organisation) => `Din e-post från ${organisation}`,
    alreadyIntro: (organisation) => `Någon vill få e-post från ${organisation} till den här adressen. Du får redan e-post från oss.`,
    alreadyAction: 'Vill du ändra eller sluta? Klicka på länken:',
    updateSubject: (subject, organisation) => `${subject} – ${organisation}`,
    statusChanges: 'Nytt läge',
    instead: 'Det här kan du göra i stället',
    whatYouShouldDo: 'Vad ska du göra?',
    readMore: 'Läs mer:',
    manage: 'Ändra vad du får e-post om:',
    unsubscribe: 'Sluta få e-post:',
    why: (organisation) => `Du får mejlet för att du vill ha e-post från ${organisation}.`,
  },
};
