import type { SubscriptionWords } from './subscriptions';

export const subscriptionsSv: SubscriptionWords = {
  paths: { confirm: 'bekrafta', manage: 'installningar', unsubscribe: 'avsluta' },

  formHeading: 'Få e-post när något händer',
  formIntro: 'Skriv din e-postadress så skickar vi ett mejl varje gång vi publicerar en uppdatering om det du följer. Du bekräftar först med en länk i ett mejl, och du kan sluta när du vill.',
  emailLabel: 'E-postadress',
  emailHint: 'Till exempel namn@exempel.se',
  followLegend: 'Vad vill du följa?',
  followEverything: 'Alla uppdateringar',
  followServices: 'Bara de tjänster jag väljer',
  followIncident: (title) => `Bara händelsen ”${title}”`,
  languageLabel: 'Språk i mejlen',
  submit: 'Prenumerera',
  followThisHeading: 'Följ via e-post',
  followThisService: 'Få e-post om den här tjänsten',
  followThisIncident: 'Få e-post om den här händelsen',
  unavailable: 'E-postprenumerationer finns inte på den här sidan just nu. Du kan följa uppdateringarna med flödena nedan.',

  privacyHeading: 'Vad vi sparar om dig',
  privacy: [
    'Vi sparar bara din e-postadress, vad du valt att följa, vilket språk du vill ha mejlen på, när du anmälde dig och när du bekräftade. Vi sparar inte ditt namn eller din IP-adress, och vi använder adressen bara till de här mejlen.',
    'En adress som inte bekräftas inom 48 timmar raderas. Om mejl till adressen inte går fram slutar vi skicka och raderar den efter 30 dagar.',
    'Varje mejl har en länk för att ändra eller avsluta prenumerationen. När du avslutar raderas adressen direkt.',
  ],

  errorSummary: 'Det gick inte att skicka formuläret',
  invalidEmail: 'Skriv en e-postadress, till exempel namn@exempel.se.',
  noServicesChosen: 'Välj minst en tjänst, eller välj ”Alla uppdateringar”.',
  unknownChoice: 'Det du ville följa finns inte längre. Välj något annat.',
  tooManyTitle: 'För många försök',
  tooMany: 'Vi har tagit emot många anmälningar på kort tid. Vänta en timme och försök igen.',

  checkMailTitle: 'Titta i din e-post',
  checkMail: [
    'Om adressen kan ta emot e-post är ett mejl med en länk på väg dit. Öppna länken inom 48 timmar för att bekräfta.',
    'Vi skickar ingenting annat förrän du har bekräftat. Hittar du inget mejl? Titta i skräpposten.',
  ],

  confirmTitle: 'Bekräfta din prenumeration',
  confirmText: 'Tryck på knappen för att börja få e-post om uppdateringar.',
  confirmButton: 'Bekräfta prenumerationen',
  confirmedTitle: 'Klart – du prenumererar nu',
  confirmed: 'Du får ett mejl nästa gång vi publicerar en uppdatering om det du följer. Varje mejl har en länk för att ändra eller avsluta.',

  linkInvalidTitle: 'Länken fungerar inte',
  linkInvalid: 'Länken är för gammal, har redan använts för att avsluta, eller är inte hel. Anmäl dig igen på prenumerationssidan om du vill ha e-post.',

  manageTitle: 'Din prenumeration',
  manageIntro: (email) => `Här ändrar du vad ${email} får e-post om.`,
  saveButton: 'Spara ändringarna',
  saved: 'Ändringarna är sparade.',
  endHeading: 'Sluta få e-post',
  endText: 'Adressen raderas direkt och du får inga fler mejl.',
  endButton: 'Avsluta prenumerationen',
  endedTitle: 'Prenumerationen är avslutad',
  ended: 'Vi har raderat adressen och skickar inga fler mejl.',

  unsubscribeTitle: 'Avsluta prenumerationen',
  unsubscribeText: 'Tryck på knappen för att sluta få e-post. Adressen raderas direkt.',

  mail: {
    confirmSubject: (organisation) => `Bekräfta att du vill få e-post från ${organisation}`,
    confirmIntro: (organisation) =>
      `Någon, förhoppningsvis du, har bett om att få e-post om driftstatus från ${organisation} till den här adressen.`,
    confirmAction: 'Öppna länken och tryck på knappen för att bekräfta:',
    confirmExpiry: 'Länken fungerar i 48 timmar.',
    notYou: 'Var det inte du? Gör ingenting: utan bekräftelse skickar vi inget mer, och adressen raderas efter 48 timmar.',
    alreadySubject: (organisation) => `Din prenumeration hos ${organisation}`,
    alreadyIntro: (organisation) =>
      `Någon bad om att få e-post om driftstatus från ${organisation} till den här adressen. Du prenumererar redan, så ingenting har ändrats.`,
    alreadyAction: 'Vill du ändra vad du får e-post om, eller avsluta? Öppna länken:',
    updateSubject: (subject, organisation) => `${subject} – ${organisation}`,
    statusChanges: 'Ändrad status',
    instead: 'Gör så här i stället',
    whatYouShouldDo: 'Vad ska du göra?',
    readMore: 'Läs mer och se tidigare uppdateringar:',
    manage: 'Ändra vad du får e-post om:',
    unsubscribe: 'Avsluta prenumerationen:',
    why: (organisation) => `Du får det här mejlet för att du prenumererar på driftstatus från ${organisation}.`,
  },
};
