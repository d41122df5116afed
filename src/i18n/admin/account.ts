/**
 * Words of the account-security area (own account, second factors, passkeys, sessions).
 * Nested under one key so they can never collide with another area's words.
 */
import type { PasswordProblem } from '../../auth/password';

export interface AccountSecurityMessages {
  title: string;
  profileHeading: string;
  displayName: string;
  role: string;
  languageLabel: string;
  languageHint: string;
  saveProfile: string;
  profileSaved: string;
  profileConflict: string;

  passwordHeading: string;
  currentPassword: string;
  newPassword: string;
  newPasswordHint: (min: number) => string;
  repeatPassword: string;
  changePassword: string;
  wrongPassword: string;
  passwordMismatch: string;
  passwordProblem: (problem: PasswordProblem, params: { min: number; max: number }) => string;
  passwordChanged: (otherSessionsEnded: number) => string;

  sessionsHeading: string;
  sessionsIntro: string;
  sessionCreated: string;
  sessionLastSeen: string;
  sessionIp: string;
  sessionBrowser: string;
  sessionActions: string;
  thisSession: string;
  unknown: string;
  browserOn: (browser: string, system: string) => string;
  revokeSession: string;
  revokeSessionLabel: (browser: string, created: string) => string;
  signOutEverywhereElse: string;
  sessionRevoked: string;
  sessionGone: string;
  otherSessionsRevoked: (count: number) => string;

  twoStepHeading: string;
  twoStepIntro: string;
  enrolmentRequiredShort: string;
  totpHeading: string;
  totpOn: (since: string) => string;
  totpOff: string;
  addTotp: string;
  enrolTitle: string;
  enrolStepScan: string;
  enrolStepManual: string;
  enrolStepConfirm: string;
  qrLabel: string;
  secretLabel: string;
  enableTotp: string;
  totpWrongCode: string;
  totpAlreadyOn: string;
  totpEnabled: string;
  disableTotpHeading: string;
  disableTotpHint: string;
  disableTotp: string;
  totpDisabled: string;
  lastFactor: string;

  recoveryHeading: string;
  recoveryRemaining: (count: number) => string;
  recoveryCodesTitle: string;
  recoveryCodesIntro: string;
  recoveryCodesAdvice: string;
  recoveryCodesDone: string;
  regenerateHeading: string;
  regenerateHint: string;
  passwordOrCode: string;
  passwordOrCodeHint: string;
  regenerate: string;
  codesRegenerated: string;

  passkeysHeading: string;
  passkeysIntro: string;
  noPasskeys: string;
  passkeyName: string;
  passkeyNameHint: string;
  passkeyCreated: string;
  passkeyLastUsed: string;
  passkeyNeverUsed: string;
  addPasskey: string;
  passkeyNeedsScript: string;
  passkeyUnsupported: string;
  passkeyCancelled: string;
  passkeyFailed: string;
  passkeyChallengeGone: string;
  passkeyAdded: string;
  rename: string;
  renameLabel: (name: string) => string;
  passkeyRenamed: string;
  removePasskeyHeading: (name: string) => string;
  removePasskeyHint: string;
  removePasskey: string;
  passkeyRemoved: string;
  passkeyGone: string;
  passkeySignInIntro: string;
  passkeySignInNeedsScript: string;
  passkeySignInFailed: string;
  passkeyWorking: string;

  policyTitle: string;
  policyLink: string;
  policyIntro: string;
  requireSecondFactorLabel: string;
  requireSecondFactorHint: string;
  policySaved: (required: boolean) => string;
  policyState: (required: boolean) => string;

  throttled: (minutes: number) => string;
}

export interface AdminAccountMessages {
  accountSecurity: AccountSecurityMessages;
}

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

  throttled: (minutes) => `För många felaktiga försök. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
};

const en: AccountSecurityMessages = {
  title: 'My account',
  profileHeading: 'Your details',
  displayName: 'Display name',
  role: 'Role',
  languageLabel: 'Language of the administration',
  languageHint: 'Only for you. The status page’s languages are set under Settings.',
  saveProfile: 'Save details',
  profileSaved: 'Your details are saved.',
  profileConflict: 'The account was changed elsewhere after you opened this page. Nothing was overwritten; this is how it looks now.',

  passwordHeading: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordHint: (min) => `At least ${min} characters. A sentence of a few words is easy to remember and hard to guess.`,
  repeatPassword: 'Repeat the new password',
  changePassword: 'Change password',
  wrongPassword: 'The password is not right.',
  passwordMismatch: 'The passwords differ. Type the same new password twice.',
  passwordProblem: (problem, { min, max }) =>
    ({
      'too-short': `The password is too short: at least ${min} characters.`,
      'too-long': `The password is too long: at most ${max} characters.`,
      common: 'The password is too common and easy to guess. Choose another.',
      'contains-name': 'The password must not contain your user name or name.',
    })[problem],
  passwordChanged: (count) =>
    count === 0
      ? 'Your password is changed.'
      : `Your password is changed. You have been signed out on ${count === 1 ? 'one other device' : `${count} other devices`}.`,

  sessionsHeading: 'Sign-ins',
  sessionsIntro: 'You are signed in here right now. Sign out any you do not recognise, then change your password.',
  sessionCreated: 'Signed in',
  sessionLastSeen: 'Last active',
  sessionIp: 'IP address',
  sessionBrowser: 'Browser',
  sessionActions: 'Action',
  thisSession: 'This sign-in',
  unknown: 'unknown',
  browserOn: (browser, system) => `${browser} on ${system}`,
  revokeSession: 'Sign out',
  revokeSessionLabel: (browser, created) => `Sign out ${browser}, signed in ${created}`,
  signOutEverywhereElse: 'Sign out everywhere else',
  sessionRevoked: 'That sign-in has ended.',
  sessionGone: 'That sign-in no longer exists.',
  otherSessionsRevoked: (count) =>
    count === 0 ? 'You were not signed in anywhere else.' : `You have been signed out on ${count === 1 ? 'one other device' : `${count} other devices`}.`,

  twoStepHeading: 'Two-step verification',
  twoStepIntro: 'With two-step verification, your password alone is not enough to sign in. Use an authenticator app, a passkey, or both.',
  enrolmentRequiredShort: 'Required for every account.',
  totpHeading: 'Authenticator app',
  totpOn: (since) => `On since ${since}.`,
  totpOff: 'Not added.',
  addTotp: 'Add an authenticator app',
  enrolTitle: 'Add an authenticator app',
  enrolStepScan: 'Open your authenticator app (for example Microsoft Authenticator, Google Authenticator or FreeOTP) and scan the QR code.',
  enrolStepManual: 'Cannot scan? Type the key below into the app instead.',
  enrolStepConfirm: 'Enter the code the app shows, to prove that it works.',
  qrLabel: 'QR code with the key for the authenticator app',
  secretLabel: 'Key for manual entry',
  enableTotp: 'Turn on',
  totpWrongCode: 'The code is not right. Check that the phone’s clock is correct and enter the code shown now.',
  totpAlreadyOn: 'An authenticator app is already added. Remove it first if you want to change it.',
  totpEnabled: 'The authenticator app is added. Save the recovery codes below.',
  disableTotpHeading: 'Remove the authenticator app',
  disableTotpHint: 'Confirm with your password. Your recovery codes stop working too.',
  disableTotp: 'Remove the authenticator app',
  totpDisabled: 'The authenticator app is removed.',
  lastFactor: 'Two-step verification is required for every account. Add a passkey or an authenticator app before you remove this one.',

  recoveryHeading: 'Recovery codes',
  recoveryRemaining: (count) => (count === 1 ? 'One unused recovery code left.' : `${count} unused recovery codes left.`),
  recoveryCodesTitle: 'Your recovery codes',
  recoveryCodesIntro: 'If you lose your phone, you can sign in with one of these codes. Each code works once. They are shown only now.',
  recoveryCodesAdvice: 'Print this page or copy the codes and keep them safe, not in the same place as your phone.',
  recoveryCodesDone: 'I have saved the codes',
  regenerateHeading: 'New recovery codes',
  regenerateHint: 'The old codes stop working.',
  passwordOrCode: 'Password or code from the app',
  passwordOrCodeHint: 'Confirm that it is you.',
  regenerate: 'Create new recovery codes',
  codesRegenerated: 'New recovery codes are created. The old ones no longer work.',

  passkeysHeading: 'Passkeys',
  passkeysIntro:
    'A passkey signs you in with your phone’s or computer’s unlock (fingerprint, face or PIN) or with a security key, without a password.',
  noPasskeys: 'You have no passkeys.',
  passkeyName: 'Name of the passkey',
  passkeyNameHint: 'So you can recognise it, for example “Work phone”.',
  passkeyCreated: 'Added',
  passkeyLastUsed: 'Last used',
  passkeyNeverUsed: 'never',
  addPasskey: 'Add a passkey',
  passkeyNeedsScript: 'Adding a passkey needs JavaScript in the browser. Turn JavaScript on, or use an authenticator app instead.',
  passkeyUnsupported: 'This browser cannot use passkeys. Use an authenticator app instead.',
  passkeyCancelled: 'Cancelled. Nothing was changed.',
  passkeyFailed: 'The passkey could not be used. Try again.',
  passkeyChallengeGone: 'That took too long, or the attempt was already used. Try again.',
  passkeyAdded: 'The passkey is added.',
  rename: 'Rename',
  renameLabel: (name) => `New name for ${name}`,
  passkeyRenamed: 'The passkey is renamed.',
  removePasskeyHeading: (name) => `Remove ${name}`,
  removePasskeyHint: 'Confirm with your password.',
  removePasskey: 'Remove',
  passkeyRemoved: 'The passkey is removed.',
  passkeyGone: 'That passkey does not exist (any more).',
  passkeySignInIntro: 'If you have added a passkey, you can sign in with it instead of your password.',
  passkeySignInNeedsScript: 'Signing in with a passkey needs JavaScript. Without JavaScript, sign in with your password above.',
  passkeySignInFailed: 'Signing in with the passkey failed. Try again or sign in with your password.',
  passkeyWorking: 'Follow the browser’s instructions …',

  policyTitle: 'Security policy',
  policyLink: 'Security policy for every account',
  policyIntro: 'Rules for everyone who signs in to the administration.',
  requireSecondFactorLabel: 'Require two-step verification for every account',
  requireSecondFactorHint:
    'Anyone without an authenticator app or a passkey is sent to My account and can do nothing else until they have added one.',
  policySaved: (required) =>
    required ? 'Saved: two-step verification is now required for every account.' : 'Saved: two-step verification is no longer required.',
  policyState: (required) => (required ? 'Two-step verification is required for every account.' : 'Two-step verification is optional.'),

  throttled: (minutes) => `Too many wrong attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
};

export const svAccount: AdminAccountMessages = { accountSecurity: sv };
export const enAccount: AdminAccountMessages = { accountSecurity: en };
