/** The account-security area in Swedish. The shape, and what each word is for, is in ./account. */
import type { AccountSecurityMessages, AdminAccountMessages } from './account';

const sv: AccountSecurityMessages = {
  title: 'Mitt konto',
  profileHeading: 'Dina uppgifter',
  displayName: 'Namn som visas',
  role: 'Roll',
  languageLabel: 'Språk i administrationen',
  languageHint: 'Gäller bara dig. Statussidans språk ställs in under Inställningar.',
  saveProfile: 'Spara uppgifter',
  profileSaved: 'Dina uppgifter är sparade.',
  profileConflict: 'Kontot ändrades någon annanstans efter att du öppnade sidan. Inget har skrivits över; så här ser det ut nu.',

  passwordHeading: 'Byt lösenord',
  currentPassword: 'Nuvarande lösenord',
  newPassword: 'Nytt lösenord',
  newPasswordHint: (min) => `Minst ${min} tecken. En mening med några ord är lätt att komma ihåg och svår att gissa.`,
  repeatPassword: 'Upprepa det nya lösenordet',
  changePassword: 'Byt lösenord',
  wrongPassword: 'Lösenordet stämmer inte.',
  passwordMismatch: 'Lösenorden är inte lika. Skriv samma nya lösenord två gånger.',
  passwordProblem: (problem, { min, max }) =>
    ({
      'too-short': `Lösenordet är för kort: minst ${min} tecken.`,
      'too-long': `Lösenordet är för långt: högst ${max} tecken.`,
      common: 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat.',
      'contains-name': 'Lösenordet får inte innehålla ditt användarnamn eller namn.',
    })[problem],
  passwordChanged: (count) =>
    count === 0
      ? 'Lösenordet är bytt.'
      : `Lösenordet är bytt. Du har loggats ut på ${count === 1 ? 'en annan enhet' : `${count} andra enheter`}.`,

  sessionsHeading: 'Inloggningar',
  sessionsIntro: 'Här är du inloggad just nu. Logga ut en inloggning du inte känner igen och byt sedan lösenord.',
  sessionCreated: 'Inloggad',
  sessionLastSeen: 'Senast aktiv',
  sessionIp: 'IP-adress',
  sessionBrowser: 'Webbläsare',
  sessionActions: 'Åtgärd',
  thisSession: 'Den här inloggningen',
  unknown: 'okänd',
  browserOn: (browser, system) => `${browser} på ${system}`,
  revokeSession: 'Logga ut',
  revokeSessionLabel: (browser, created) => `Logga ut ${browser}, inloggad ${created}`,
  signOutEverywhereElse: 'Logga ut överallt utom här',
  sessionRevoked: 'Inloggningen är avslutad.',
  sessionGone: 'Inloggningen finns inte längre.',
  otherSessionsRevoked: (count) =>
    count === 0 ? 'Du var inte inloggad någon annanstans.' : `Du har loggats ut på ${count === 1 ? 'en annan enhet' : `${count} andra enheter`}.`,

  twoStepHeading: 'Tvåstegsverifiering',
  twoStepIntro:
    'Med tvåstegsverifiering räcker det inte att någon kommer över ditt lösenord. Använd en autentiseringsapp, en passkey eller båda.',
  enrolmentRequiredShort: 'Krävs för alla konton.',
  totpHeading: 'Autentiseringsapp',
  totpOn: (since) => `På sedan ${since}.`,
  totpOff: 'Inte tillagd.',
  addTotp: 'Lägg till autentiseringsapp',
  enrolTitle: 'Lägg till autentiseringsapp',
  enrolStepScan: 'Öppna din autentiseringsapp (till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP) och skanna QR-koden.',
  enrolStepManual: 'Kan du inte skanna? Skriv in nyckeln nedan i appen i stället.',
  enrolStepConfirm: 'Skriv in koden som appen visar, för att visa att allt fungerar.',
  qrLabel: 'QR-kod med nyckeln för autentiseringsappen',
  secretLabel: 'Nyckel för manuell inmatning',
  enableTotp: 'Slå på',
  totpWrongCode: 'Koden stämmer inte. Kontrollera att klockan i telefonen går rätt och skriv den kod som visas nu.',
  totpAlreadyOn: 'Autentiseringsappen är redan tillagd. Ta bort den först om du vill byta.',
  totpEnabled: 'Autentiseringsappen är tillagd. Spara reservkoderna nedan.',
  disableTotpHeading: 'Ta bort autentiseringsappen',
  disableTotpHint: 'Bekräfta med ditt lösenord. Dina reservkoder slutar också att fungera.',
  disableTotp: 'Ta bort autentiseringsappen',
  totpDisabled: 'Autentiseringsappen är borttagen.',
  lastFactor: 'Tvåstegsverifiering krävs för alla konton. Lägg till en passkey eller en autentiseringsapp innan du tar bort den här.',

  recoveryHeading: 'Reservkoder',
  recoveryRemaining: (count) => (count === 1 ? 'En oanvänd reservkod kvar.' : `${count} oanvända reservkoder kvar.`),
  recoveryCodesTitle: 'Dina reservkoder',
  recoveryCodesIntro:
    'Om du förlorar telefonen kan du logga in med en av de här koderna. Varje kod fungerar en gång. Koderna visas bara nu.',
  recoveryCodesAdvice: 'Skriv ut sidan eller skriv av koderna och förvara dem säkert, inte på samma ställe som telefonen.',
  recoveryCodesDone: 'Jag har sparat koderna',
  regenerateHeading: 'Nya reservkoder',
  regenerateHint: 'De gamla koderna slutar fungera.',
  passwordOrCode: 'Lösenord eller kod från appen',
  passwordOrCodeHint: 'Bekräfta att det är du.',
  regenerate: 'Skapa nya reservkoder',
  codesRegenerated: 'Nya reservkoder är skapade. De gamla fungerar inte längre.',

  passkeysHeading: 'Passkeys',
  passkeysIntro:
    'En passkey loggar in dig med telefonens eller datorns upplåsning (fingeravtryck, ansikte eller PIN) eller med en säkerhetsnyckel, utan lösenord.',
  noPasskeys: 'Du har inga passkeys.',
  passkeyName: 'Namn på passkeyn',
  passkeyNameHint: 'Så att du känner igen den, till exempel ”Jobbtelefonen”.',
  passkeyCreated: 'Tillagd',
  passkeyLastUsed: 'Senast använd',
  passkeyNeverUsed: 'aldrig',
  addPasskey: 'Lägg till passkey',
  passkeyNeedsScript:
    'För att lägga till en passkey behöver webbläsaren JavaScript. Slå på JavaScript, eller använd en autentiseringsapp i stället.',
  passkeyUnsupported: 'Den här webbläsaren kan inte använda passkeys. Använd en autentiseringsapp i stället.',
  passkeyIpAddress: (host) =>
    `Passkeys fungerar inte här: konsolen nås via IP-adressen ${host}, och webbläsare tillåter passkeys bara på en adress med domännamn och https. Logga in med lösenord (och autentiseringsapp). Den som driftar sidan kan ge den ett domännamn.`,
  passkeyInsecure: (host) =>
    `Passkeys fungerar inte här: ${host} nås utan https, och webbläsare tillåter passkeys bara över en säker anslutning. Logga in med lösenord (och autentiseringsapp).`,
  totpOpenInApp: 'Är appen på den här telefonen? Öppna länken i stället för att skanna koden',
  passkeyCancelled: 'Avbrutet. Ingenting har ändrats.',
  passkeyFailed: 'Det gick inte att använda passkeyn. Försök igen.',
  passkeyChallengeGone: 'Det tog för lång tid, eller så har försöket redan använts. Försök igen.',
  passkeyAdded: 'Passkeyn är tillagd.',
  rename: 'Byt namn',
  renameLabel: (name) => `Nytt namn för ${name}`,
  passkeyRenamed: 'Passkeyn har fått nytt namn.',
  removePasskeyHeading: (name) => `Ta bort ${name}`,
  removePasskeyHint: 'Bekräfta med ditt lösenord.',
  removePasskey: 'Ta bort',
  passkeyRemoved: 'Passkeyn är borttagen.',
  passkeyGone: 'Passkeyn finns inte (längre).',
  passkeySignInIntro: 'Har du lagt till en passkey kan du logga in med den i stället för lösenordet.',
  passkeySignInNeedsScript: 'Inloggning med passkey kräver JavaScript. Utan JavaScript loggar du in med lösenord ovan.',
  passkeySignInFailed: 'Inloggningen med passkey misslyckades. Försök igen eller logga in med lösenord.',
  passkeyWorking: 'Följ anvisningarna från webbläsaren …',

  policyTitle: 'Säkerhetsregler',
  policyLink: 'Säkerhetsregler för alla konton',
  policyIntro: 'Regler som gäller alla som loggar in i administrationen.',
  requireSecondFactorLabel: 'Kräv tvåstegsverifiering för alla konton',
  requireSecondFactorHint:
    'Den som saknar autentiseringsapp och passkey skickas till Mitt konto och kan inte göra något annat förrän hen har lagt till en.',
  policySaved: (required) => (required ? 'Sparat: tvåstegsverifiering krävs nu för alla konton.' : 'Sparat: tvåstegsverifiering krävs inte längre.'),
  policyState: (required) => (required ? 'Tvåstegsverifiering krävs för alla konton.' : 'Tvåstegsverifiering är frivillig.'),

  confirmEnrolmentHint: 'Bekräfta med ditt lösenord, så att ingen som bara kommit åt din inloggning kan lägga till sin egen.',
};

export const svAccount: AdminAccountMessages = { accountSecurity: sv };
