/**
 * Words of the console's e-mail subscribers page (admins only). Kept beside the console's
 * catalogs and looked up by the console's language, like them.
 */
export interface SubscriberAdminWords {
  title: string;
  intro: string;
  countsHeading: string;
  confirmed: string;
  unconfirmed: string;
  quarantined: string;
  notConfigured: string;
  removeHeading: string;
  removeIntro: string;
  emailLabel: string;
  emailHint: string;
  remove: string;
  removed: string;
  notFound: string;
  invalidEmail: string;
  cliHint: string;
}

const sv: SubscriberAdminWords = {
  title: 'E-postprenumeranter',
  intro: 'Invånare kan prenumerera på uppdateringar via e-post från prenumerationssidan. Här ser du hur många de är. Listan med adresser visas inte: den behövs inte för att publicera, och den är personuppgifter.',
  countsHeading: 'Antal',
  confirmed: 'Bekräftade',
  unconfirmed: 'Väntar på bekräftelse (raderas efter 48 timmar)',
  quarantined: 'Spärrade för att e-post inte gick fram (raderas efter 30 dagar)',
  notConfigured: 'E-post är inte inställt på den här servern (SMTP_URL och MAIL_FROM), så ingen kan prenumerera just nu.',
  removeHeading: 'Ta bort en adress',
  removeIntro: 'Om någon ber att bli borttagen: skriv adressen så raderas den och allt som sparats om den. Borttagningen loggas, men inte adressen.',
  emailLabel: 'E-postadress',
  emailHint: 'Hela adressen, som personen skrev den.',
  remove: 'Ta bort adressen',
  removed: 'Adressen är borttagen.',
  notFound: 'Adressen finns inte bland prenumeranterna.',
  invalidEmail: 'Skriv en hel e-postadress.',
  cliHint: 'Från kommandoraden: npm run admin -- subscriber export --email <adress> visar allt som sparats om en adress, och subscriber erase tar bort den.',
};

const en: SubscriberAdminWords = {
  title: 'E-mail subscribers',
  intro: 'Residents can subscribe to updates by e-mail on the subscribe page. Here you see how many they are. The list of addresses is not shown: publishing does not need it, and it is personal data.',
  countsHeading: 'Numbers',
  confirmed: 'Confirmed',
  unconfirmed: 'Waiting for confirmation (deleted after 48 hours)',
  quarantined: 'Stopped because mail could not be delivered (deleted after 30 days)',
  notConfigured: 'E-mail is not set up on this server (SMTP_URL and MAIL_FROM), so nobody can subscribe at the moment.',
  removeHeading: 'Remove an address',
  removeIntro: 'When someone asks to be removed: type the address and it is deleted with everything kept about it. The removal is logged, the address is not.',
  emailLabel: 'E-mail address',
  emailHint: 'The whole address, as the person wrote it.',
  remove: 'Remove the address',
  removed: 'The address has been removed.',
  notFound: 'The address is not among the subscribers.',
  invalidEmail: 'Enter a whole e-mail address.',
  cliHint: 'From the command line: npm run admin -- subscriber export --email <address> shows everything kept about an address, and subscriber erase removes it.',
};

export function subscriberAdminWordsFor(locale: string): SubscriberAdminWords {
  return locale === 'en' ? en : sv;
}
