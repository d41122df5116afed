/**
 * Words of the admin console shared by every page: layout, sign-in, the dashboard, form
 * errors. Each area of the console has its own catalog module next to this one.
 */
import { ENGLISH_INPUT_ERRORS, type InputErrorCode, type InputErrorParams } from '../../store/errors';
import { consoleLanguageName } from './language-names';

export interface AdminCoreMessages {
  consoleTitle: string;
  skipToContent: string;
  navLabel: string;
  nav: {
    dashboard: string;
    incidents: string;
    maintenance: string;
    services: string;
    contacts: string;
    translations: string;
    settings: string;
    users: string;
    audit: string;
    backup: string;
    siteExport: string;
    webhooks: string;
    tokens: string;
    account: string;
    publicSite: string;
  };
  signedInAs: (name: string) => string;
  signOut: string;
  roleName: { admin: string; editor: string };

  signInTitle: string;
  username: string;
  password: string;
  signIn: string;
  signInWithPasskey: string;
  signInFailed: string;
  passkeyRequired: string;
  /** Locked: too many failures for this account from this address. */
  throttledAccountHere: (minutes: number) => string;
  /** Locked: too many failures from this address, over every account. */
  throttledClient: (minutes: number) => string;
  /** Not locked, only slowed down: many failures for this account from new devices (or this one). */
  slowedDown: (seconds: number) => string;
  signedOut: string;
  sessionExpired: string;
  otherLanguage: { lang: string; name: string };
  secondFactorTitle: string;
  secondFactorIntro: string;
  totpCode: string;
  totpHint: string;
  recoveryCode: string;
  recoveryHint: string;
  verify: string;
  secondFactorFailed: string;
  /** A right code whose time step was already accepted (another tab, a second click, someone else). */
  totpReused: string;
  /** On the sign-in page when a form was posted after the session ended (src/routes/admin/kept-draft.ts). */
  draftKeptNotice: string;
  draftResumeTitle: string;
  draftResumeIntro: string;
  draftResumeSend: string;
  draftResumeSkip: string;
  useRecoveryInstead: string;
  enrolmentRequired: string;

  dashboardTitle: string;
  overdueWarning: (title: string, due: string) => string;
  nextUpdateDue: (due: string) => string;
  noActiveIncidents: string;
  servicesHeading: string;
  statusLabel: string;
  noteLabel: string;
  noteHint: string;
  publish: string;
  statusPublished: (service: string, status: string) => string;
  unchangedStatus: string;
  conflict: string;
  conflictNewer: (who: string, when: string) => string;
  since: (when: string) => string;

  formHasErrors: (count: number) => string;
  /** Starts the title of a page whose form needs fixing ("Fel: Ny tjänst – …"). */
  errorTitlePrefix: string;
  inputError: (code: InputErrorCode, params: InputErrorParams) => string;
  forbiddenTitle: string;
  forbiddenText: string;
  csrfFailed: string;
  notFound: string;
  cancel: string;
  save: string;
  saved: string;
  /** After a save whose text lost control characters to cleaning (src/routes/admin/form-text.ts). */
  textCleaned: string;
  languageName: (locale: string) => string;
  required: string;
  optional: string;
}

const svErrors: Record<InputErrorCode, (params: InputErrorParams) => string> = {
  required: () => 'Fältet måste fyllas i.',
  'too-long': ({ max }) => `Högst ${max} tecken.`,
  slug: ({ max }) => `Använd små bokstäver a–z, siffror och enstaka bindestreck (högst ${max} tecken).`,
  'slug-taken': () => 'Adressen används redan.',
  'unknown-choice': () => 'Välj ett av alternativen.',
  'time-format': () => 'Skriv tiden som TT:MM, till exempel 08:00.',
  'date-format': () => 'Skriv datum som ÅÅÅÅ-MM-DD.',
  'date-order': () => 'Sista dagen kan inte vara före den första.',
  'default-language-offered': () => 'Standardspråket måste vara ett av de erbjudna språken.',
  'default-language-required': () => 'Texten på svenska måste fyllas i.',
  'no-catalog': ({ value }) => `Gränssnittet finns inte på språket ”${value}”.`,
  'unknown-language': ({ value }) => `”${value}” är ingen språkkod som servern känner till (till exempel fi, ar eller fit).`,
  'time-zone': () => 'Okänd tidszon.',
  url: () => 'Adressen måste börja med http:// eller https://.',
  'one-change-per-service': () => 'Varje tjänst kan bara ändras en gång per uppdatering.',
  'maintenance-window': () => 'Slutet måste vara efter början.',
  'maintenance-status': () => 'Underhållet kan inte få den statusen från den det har nu.',
  'maintenance-started': () => 'Det här går inte att ändra när underhållet har börjat.',
  'phase-needs-incident': () => 'Bara en uppdatering av en händelse kan ändra händelsens läge.',
  'no-services': () => 'En uppdatering utanför en händelse måste gälla minst en tjänst.',
  'username-format': () => 'Använd 2–40 tecken: små bokstäver, siffror, punkt, bindestreck eller understreck.',
  'username-taken': () => 'Användarnamnet är upptaget.',
  'name-format': () => 'Skriv ett namn (högst 100 tecken).',
  'not-found': () => 'Finns inte (längre).',
  'last-admin': () => 'Det måste finnas minst en aktiv administratör.',
  'token-name-format': () => 'Använd 2–40 tecken: små bokstäver, siffror, punkt, bindestreck eller understreck.',
  'token-name-taken': () => 'Det finns redan en nyckel med det namnet (återkallade nycklar behåller sina namn).',
};



export const svCore: AdminCoreMessages = {
  consoleTitle: 'Statussidans administration',
  skipToContent: 'Hoppa till innehållet',
  navLabel: 'Administration',
  nav: {
    dashboard: 'Översikt',
    incidents: 'Händelser',
    maintenance: 'Underhåll',
    services: 'Tjänster',
    contacts: 'Kontaktvägar',
    translations: 'Översättningar',
    settings: 'Inställningar',
    users: 'Användare',
    audit: 'Logg',
    backup: 'Säkerhetskopia',
    siteExport: 'Reservwebbplats',
    webhooks: 'Webhooks',
    tokens: 'API-nycklar',
    account: 'Mitt konto',
    publicSite: 'Visa statussidan',
  },
  signedInAs: (name) => `Inloggad som ${name}`,
  signOut: 'Logga ut',
  roleName: { admin: 'Administratör', editor: 'Redaktör' },

  signInTitle: 'Logga in',
  username: 'Användarnamn',
  password: 'Lösenord',
  signIn: 'Logga in',
  signInWithPasskey: 'Logga in med passkey',
  signInFailed: 'Fel användarnamn eller lösenord.',
  passkeyRequired: 'Ditt konto skyddas med en passkey och tvåstegsverifiering krävs. Logga in med din passkey.',
  throttledAccountHere: (minutes) =>
    `För många misslyckade försök för det här kontot från den här datorn. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
  throttledClient: (minutes) =>
    `För många misslyckade försök från den här datorn. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
  slowedDown: (seconds) =>
    `Många försök att logga in på det här kontot har misslyckats. Vänta ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'} och försök igen.`,
  signedOut: 'Du är utloggad.',
  sessionExpired: 'Du har loggats ut. Logga in igen för att fortsätta.',
  otherLanguage: { lang: 'en', name: 'English' },
  secondFactorTitle: 'Bekräfta att det är du',
  secondFactorIntro: 'Ange koden från din autentiseringsapp, eller en av dina reservkoder.',
  totpCode: 'Kod från autentiseringsappen',
  totpHint: 'Sex siffror.',
  recoveryCode: 'Reservkod',
  recoveryHint: 'Varje reservkod fungerar en gång.',
  verify: 'Bekräfta',
  secondFactorFailed: 'Koden stämmer inte. Försök igen.',
  totpReused: 'Koden har redan använts. Vänta på nästa kod i appen och skriv in den.',
  draftKeptNotice: 'Du har loggats ut, så formuläret skickades inte. Det du skrev är sparat: logga in igen, så får du tillbaka det.',
  draftResumeTitle: 'Du är inloggad igen — skicka formuläret',
  draftResumeIntro: 'Det du skrev är kvar. Kontrollera texten och skicka formuläret. Har någon annan ändrat samma sak under tiden får du veta det.',
  draftResumeSend: 'Skicka formuläret',
  draftResumeSkip: 'Gå till översikten utan att skicka',
  useRecoveryInstead: 'Har du inte tillgång till appen? Använd en reservkod.',
  enrolmentRequired:
    'Tvåstegsverifiering krävs för alla konton. Lägg till en autentiseringsapp eller en passkey innan du fortsätter.',

  dashboardTitle: 'Översikt',
  overdueWarning: (title, due) => `Nästa uppdatering för ”${title}” skulle ha publicerats ${due}.`,
  nextUpdateDue: (due) => `Nästa uppdatering utlovad ${due}.`,
  noActiveIncidents: 'Inga pågående händelser.',
  servicesHeading: 'Tjänsternas status',
  statusLabel: 'Ny status',
  noteLabel: 'Kort meddelande',
  noteHint: 'Publiceras som en daterad uppdatering.',
  publish: 'Publicera',
  statusPublished: (service, status) => `Publicerat: ${service} har nu status ${status}.`,
  unchangedStatus: 'Tjänsten har redan den statusen.',
  conflict: 'Någon annan hann ändra detta efter att du öppnade sidan. Inget har skrivits över.',
  conflictNewer: (who, when) => `Senast ändrat av ${who} ${when}. Så här ser det ut nu:`,
  since: (when) => `sedan ${when}`,

  formHasErrors: (count) => (count === 1 ? 'Ett fält behöver rättas.' : `${count} fält behöver rättas.`),
  errorTitlePrefix: 'Fel',
  inputError: (code, params) => svErrors[code](params),
  forbiddenTitle: 'Inte behörig',
  forbiddenText: 'Ditt konto har inte behörighet till den här sidan.',
  csrfFailed: 'Formuläret kunde inte verifieras. Ladda om sidan och försök igen.',
  notFound: 'Det du sökte finns inte.',
  cancel: 'Avbryt',
  save: 'Spara',
  saved: 'Sparat.',
  textCleaned: 'Osynliga styrtecken togs bort ur texten när den sparades. Kontrollera att den ser ut som du vill.',
  languageName: (locale) => consoleLanguageName('sv', locale),
  required: 'obligatoriskt',
  optional: 'valfritt',
};

export const enCore: AdminCoreMessages = {
  consoleTitle: 'Status page administration',
  skipToContent: 'Skip to content',
  navLabel: 'Administration',
  nav: {
    dashboard: 'Dashboard',
    incidents: 'Incidents',
    maintenance: 'Maintenance',
    services: 'Services',
    contacts: 'Contact channels',
    translations: 'Translations',
    settings: 'Settings',
    users: 'Users',
    audit: 'Audit log',
    backup: 'Database backup',
    siteExport: 'Backup website',
    webhooks: 'Webhooks',
    tokens: 'API tokens',
    account: 'My account',
    publicSite: 'View the status page',
  },
  signedInAs: (name) => `Signed in as ${name}`,
  signOut: 'Sign out',
  roleName: { admin: 'Admin', editor: 'Editor' },

  signInTitle: 'Sign in',
  username: 'User name',
  password: 'Password',
  signIn: 'Sign in',
  signInWithPasskey: 'Sign in with a passkey',
  signInFailed: 'Wrong user name or password.',
  passkeyRequired: 'Your account is protected by a passkey and two-step verification is required. Sign in with your passkey.',
  throttledAccountHere: (minutes) =>
    `Too many failed attempts for this account from this computer. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  throttledClient: (minutes) =>
    `Too many failed attempts from this computer. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  slowedDown: (seconds) =>
    `Many attempts to sign in to this account have failed. Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`,
  signedOut: 'You are signed out.',
  sessionExpired: 'You have been signed out. Sign in again to continue.',
  otherLanguage: { lang: 'sv', name: 'Svenska' },
  secondFactorTitle: 'Confirm it is you',
  secondFactorIntro: 'Enter the code from your authenticator app, or one of your recovery codes.',
  totpCode: 'Code from the authenticator app',
  totpHint: 'Six digits.',
  recoveryCode: 'Recovery code',
  recoveryHint: 'Each recovery code works once.',
  verify: 'Confirm',
  secondFactorFailed: 'The code is not right. Try again.',
  totpReused: 'That code has already been used. Wait for the next code in the app and enter it.',
  draftKeptNotice: 'You were signed out, so the form was not sent. What you wrote is kept: sign in again to get it back.',
  draftResumeTitle: 'You are signed in again — send the form',
  draftResumeIntro: 'What you wrote is still here. Check the text and send the form. If someone else changed the same thing meanwhile, you will be told.',
  draftResumeSend: 'Send the form',
  draftResumeSkip: 'Go to the overview without sending',
  useRecoveryInstead: 'No access to the app? Use a recovery code.',
  enrolmentRequired:
    'Two-step verification is required for every account. Add an authenticator app or a passkey before you continue.',

  dashboardTitle: 'Dashboard',
  overdueWarning: (title, due) => `The next update for “${title}” was due ${due}.`,
  nextUpdateDue: (due) => `Next update promised ${due}.`,
  noActiveIncidents: 'No ongoing incidents.',
  servicesHeading: 'Service status',
  statusLabel: 'New status',
  noteLabel: 'Short message',
  noteHint: 'Published as a dated update.',
  publish: 'Publish',
  statusPublished: (service, status) => `Published: ${service} is now ${status}.`,
  unchangedStatus: 'The service already has that status.',
  conflict: 'Someone else changed this after you opened the page. Nothing was overwritten.',
  conflictNewer: (who, when) => `Last changed by ${who} ${when}. This is how it looks now:`,
  since: (when) => `since ${when}`,

  formHasErrors: (count) => (count === 1 ? 'One field needs correcting.' : `${count} fields need correcting.`),
  errorTitlePrefix: 'Error',
  inputError: (code, params) => ENGLISH_INPUT_ERRORS[code](params),
  forbiddenTitle: 'Not allowed',
  forbiddenText: 'Your account does not have access to this page.',
  csrfFailed: 'The form could not be verified. Reload the page and try again.',
  notFound: 'What you were looking for does not exist.',
  cancel: 'Cancel',
  save: 'Save',
  saved: 'Saved.',
  textCleaned: 'Invisible control characters were removed from the text when it was saved. Check that it reads as you meant.',
  languageName: (locale) => consoleLanguageName('en', locale),
  required: 'required',
  optional: 'optional',
};
