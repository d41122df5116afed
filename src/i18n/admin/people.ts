/**
 * Words of the people area (users, roles, audit log, first-admin setup). Everything sits
 * under one `people` key so that words of other areas can never collide with these.
 */
import type { PasswordProblem } from '../../auth/password';

export interface PeopleWords {
  usersTitle: string;
  usersIntro: string;
  addUser: string;
  newUserTitle: string;
  newUserIntro: string;
  usersTableCaption: string;
  columns: { username: string; name: string; role: string; secondFactor: string; state: string; lastSignIn: string };
  yes: string;
  no: string;
  active: string;
  disabled: string;
  never: string;
  secondFactorSummary: (totp: boolean, passkeys: number) => string;
  you: string;
  displayName: string;
  displayNameHint: string;
  usernameHint: string;
  role: string;
  roleHint: string;
  initialPassword: string;
  initialPasswordHint: string;
  passwordProblem: Record<PasswordProblem, string>;
  createUser: string;
  created: (name: string) => string;
  backToUsers: string;

  userTitle: (name: string) => string;
  summaryHeading: string;
  createdAt: string;
  activeSessions: string;

  roleHeading: string;
  changeRole: string;
  roleChanged: (name: string, role: string) => string;
  roleUnchanged: string;

  accessHeading: string;
  disableHint: string;
  disableButton: string;
  disableConfirm: (name: string) => string;
  disabledDone: (name: string) => string;
  enableHint: string;
  enableButton: string;
  enabledDone: (name: string) => string;
  cannotDisableSelf: string;

  passwordHeading: string;
  newPassword: string;
  newPasswordHint: string;
  resetPasswordButton: string;
  passwordResetDone: (name: string) => string;

  sessionsHeading: string;
  sessionsHint: string;
  revokeSessionsButton: string;
  revokeSessionsConfirm: (name: string) => string;
  sessionsRevokedDone: (count: number) => string;

  totpHeading: string;
  totpHint: string;
  totpOff: string;
  resetTotpButton: string;
  resetTotpConfirm: (name: string) => string;
  totpResetDone: (name: string) => string;

  auditTitle: string;
  auditIntro: string;
  filterHeading: string;
  filterUser: string;
  filterAction: string;
  allUsers: string;
  allActions: string;
  showFiltered: string;
  clearFilter: string;
  noEntries: string;
  olderEntries: string;
  newestEntries: string;
  auditPagination: string;
  who: string;
  what: string;
  target: string;
  ip: string;
  actionKey: string;
  changes: string;
  field: string;
  before: string;
  after: string;
  empty: string;
  targetName: (type: string, id: string, name: string | null) => string;
  actionPrefixes: Record<string, string>;
  actionName: (action: string) => string;

  setupTitle: string;
  setupIntro: string;
  setupToken: string;
  setupTokenHint: string;
  setupWrongToken: string;
  setupThrottled: (minutes: number) => string;
  repeatPassword: string;
  passwordsDiffer: string;
  createFirstAdmin: string;
}

const svActions: Record<string, string> = {
  'auth.login': 'Loggade in',
  'auth.login-failed': 'Misslyckad inloggning',
  'auth.logout': 'Loggade ut',
  'auth.password-ok': 'Rätt lösenord, väntar på andra steget',
  'auth.second-factor-failed': 'Fel kod i andra steget',
  'user.create': 'Skapade användare',
  'user.role': 'Ändrade roll',
  'user.update': 'Ändrade användare',
  'user.password': 'Bytte lösenord',
  'user.password-rehash': 'Lösenordet lagrades om med starkare skydd',
  'user.password-reset': 'Satte nytt lösenord åt användare',
  'user.disable': 'Stängde av konto',
  'user.enable': 'Aktiverade konto',
  'user.sessions-revoke': 'Loggade ut användare överallt',
  'user.totp-reset': 'Tog bort tvåstegsverifiering (app, reservkoder och passkeys)',
  'user.totp-enable': 'Lade till autentiseringsapp',
  'user.totp-disable': 'Tog bort autentiseringsapp',
  'user.recovery-codes': 'Skapade nya reservkoder',
  'account.confirm-failed': 'Fel lösenord vid bekräftelse i kontoinställningar',
  'passkey.add': 'Lade till passkey',
  'passkey.add-failed': 'Misslyckades lägga till passkey',
  'passkey.rename': 'Bytte namn på passkey',
  'passkey.remove': 'Tog bort passkey',
  'session.revoke': 'Avslutade en inloggning',
  'session.revoke-others': 'Loggade ut sina andra inloggningar',
  'service.update': 'Ändrade tjänst',
  'service.move': 'Flyttade tjänst',
  'service.retire': 'Tog bort tjänst från sidan',
  'service.unretire': 'Visade tjänst igen',
  'group.update': 'Ändrade tjänstegrupp',
  'group.move': 'Flyttade tjänstegrupp',
  'group.delete': 'Tog bort tjänstegrupp',
  'channel.update': 'Ändrade kontaktväg',
  'channel.delete': 'Tog bort kontaktväg',
  'incident.update-notice': 'Ändrade händelsens information',
  'setup.first-admin': 'Skapade första administratören',
  'setup.failed': 'Misslyckat försök att skapa första administratören',
  'security.require-second-factor': 'Ändrade krav på tvåstegsverifiering',
  'site.create': 'Skapade webbplatsinställningar',
  'site.update': 'Ändrade webbplatsinställningar',
  'service.create': 'Skapade tjänst',
  'group.create': 'Skapade tjänstegrupp',
  'channel.create': 'Skapade kontaktväg',
  'incident.create': 'Skapade händelse',
  'update.publish': 'Publicerade uppdatering',
  'update.correct': 'Rättade uppdatering',
};

const enActions: Record<string, string> = {
  'auth.login': 'Signed in',
  'auth.login-failed': 'Failed sign-in',
  'auth.logout': 'Signed out',
  'auth.password-ok': 'Right password, waiting for the second step',
  'auth.second-factor-failed': 'Wrong code in the second step',
  'user.create': 'Created a user',
  'user.role': 'Changed a role',
  'user.update': 'Changed a user',
  'user.password': 'Changed password',
  'user.password-rehash': 'Password stored again with stronger protection',
  'user.password-reset': 'Set a new password for a user',
  'user.disable': 'Disabled an account',
  'user.enable': 'Enabled an account',
  'user.sessions-revoke': 'Signed a user out everywhere',
  'user.totp-reset': 'Removed two-step verification (app, recovery codes and passkeys)',
  'user.totp-enable': 'Added an authenticator app',
  'user.totp-disable': 'Removed the authenticator app',
  'user.recovery-codes': 'Created new recovery codes',
  'account.confirm-failed': 'Wrong password when confirming in account settings',
  'passkey.add': 'Added a passkey',
  'passkey.add-failed': 'Failed to add a passkey',
  'passkey.rename': 'Renamed a passkey',
  'passkey.remove': 'Removed a passkey',
  'session.revoke': 'Ended a sign-in',
  'session.revoke-others': 'Signed out their other sign-ins',
  'service.update': 'Changed a service',
  'service.move': 'Moved a service',
  'service.retire': 'Took a service off the page',
  'service.unretire': 'Showed a service again',
  'group.update': 'Changed a service group',
  'group.move': 'Moved a service group',
  'group.delete': 'Deleted a service group',
  'channel.update': 'Changed a contact channel',
  'channel.delete': 'Deleted a contact channel',
  'incident.update-notice': 'Changed the incident notice',
  'setup.first-admin': 'Created the first admin',
  'setup.failed': 'Failed attempt to create the first admin',
  'security.require-second-factor': 'Changed the two-step verification requirement',
  'site.create': 'Created the site settings',
  'site.update': 'Changed the site settings',
  'service.create': 'Created a service',
  'group.create': 'Created a service group',
  'channel.create': 'Created a contact channel',
  'incident.create': 'Created an incident',
  'update.publish': 'Published an update',
  'update.correct': 'Corrected an update',
};

/** Known action families, offered as filters (the prefix includes its dot). */
const svPrefixes: Record<string, string> = {
  'auth.': 'Inloggningar',
  'user.': 'Användare',
  'session.': 'Egna inloggningar',
  'passkey.': 'Passkeys',
  'account.': 'Eget konto',
  'setup.': 'Första administratören',
  'security.': 'Säkerhetsinställningar',
  'update.': 'Uppdateringar',
  'incident.': 'Händelser',
  'service.': 'Tjänster',
  'group.': 'Tjänstegrupper',
  'channel.': 'Kontaktvägar',
  'site.': 'Webbplatsinställningar',
};

const enPrefixes: Record<string, string> = {
  'auth.': 'Sign-ins',
  'user.': 'Users',
  'session.': 'Own sign-ins',
  'passkey.': 'Passkeys',
  'account.': 'Own account',
  'setup.': 'First admin',
  'security.': 'Security settings',
  'update.': 'Updates',
  'incident.': 'Incidents',
  'service.': 'Services',
  'group.': 'Service groups',
  'channel.': 'Contact channels',
  'site.': 'Site settings',
};

const svTargets: Record<string, string> = {
  user: 'Användare',
  service: 'Tjänst',
  group: 'Tjänstegrupp',
  channel: 'Kontaktväg',
  incident: 'Händelse',
  update: 'Uppdatering',
  site: 'Webbplats',
  passkey: 'Passkey',
  session: 'Inloggning',
};

const enTargets: Record<string, string> = {
  user: 'User',
  service: 'Service',
  group: 'Service group',
  channel: 'Contact channel',
  incident: 'Incident',
  update: 'Update',
  site: 'Site',
  passkey: 'Passkey',
  session: 'Sign-in',
};

export interface AdminPeopleMessages {
  people: PeopleWords;
}

export const svPeople: AdminPeopleMessages = {
  people: {
    usersTitle: 'Användare',
    usersIntro: 'Alla som kan logga in i administrationen. Redaktörer publicerar; administratörer hanterar också användare, inställningar och loggen.',
    addUser: 'Lägg till användare',
    newUserTitle: 'Ny användare',
    newUserIntro: 'Ge personen användarnamnet och lösenordet på ett säkert sätt, till exempel muntligt. Be dem byta lösenord och lägga till tvåstegsverifiering.',
    usersTableCaption: 'Användare',
    columns: { username: 'Användarnamn', name: 'Namn', role: 'Roll', secondFactor: 'Tvåstegsverifiering', state: 'Konto', lastSignIn: 'Senast inloggad' },
    yes: 'Ja',
    no: 'Nej',
    active: 'Aktivt',
    disabled: 'Avstängt',
    never: 'Aldrig',
    secondFactorSummary: (totp, passkeys) => {
      const parts = [totp ? 'app' : '', passkeys > 0 ? `${passkeys} ${passkeys === 1 ? 'passkey' : 'passkeys'}` : ''].filter(Boolean);
      return parts.length > 0 ? `Ja (${parts.join(', ')})` : 'Nej';
    },
    you: '(du)',
    displayName: 'Namn',
    displayNameHint: 'Som det visas i loggen och i administrationen.',
    usernameHint: '2–40 tecken: små bokstäver a–z, siffror, punkt, bindestreck eller understreck. Används för att logga in.',
    role: 'Roll',
    roleHint: 'Redaktör: tjänster, händelser, uppdateringar, kontaktvägar. Administratör: dessutom användare, inställningar och logg.',
    initialPassword: 'Första lösenord',
    initialPasswordHint: 'Minst 12 tecken. Gärna flera ord. Inte ett vanligt lösenord och inte personens namn.',
    passwordProblem: {
      'too-short': 'Lösenordet måste ha minst 12 tecken.',
      'too-long': 'Lösenordet får ha högst 256 tecken.',
      common: 'Det lösenordet är för vanligt och lätt att gissa. Välj ett annat.',
      'contains-name': 'Lösenordet får inte innehålla användarnamnet eller namnet.',
    },
    createUser: 'Skapa användare',
    created: (name) => `Användaren ${name} är skapad.`,
    backToUsers: 'Alla användare',

    userTitle: (name) => `Användare: ${name}`,
    summaryHeading: 'Översikt',
    createdAt: 'Skapad',
    activeSessions: 'Aktiva inloggningar',

    roleHeading: 'Roll',
    changeRole: 'Byt roll',
    roleChanged: (name, role) => `${name} har nu rollen ${role}. Det gäller från nästa sidvisning.`,
    roleUnchanged: 'Användaren har redan den rollen.',

    accessHeading: 'Stäng av eller aktivera',
    disableHint: 'Ett avstängt konto kan inte logga in, och personen loggas ut överallt direkt. Inget tas bort.',
    disableButton: 'Stäng av kontot',
    disableConfirm: (name) => `Stänga av kontot för ${name}? Personen loggas ut överallt.`,
    disabledDone: (name) => `Kontot för ${name} är avstängt och alla inloggningar är avslutade.`,
    enableHint: 'Kontot är avstängt. Aktivera det för att personen ska kunna logga in igen.',
    enableButton: 'Aktivera kontot',
    enabledDone: (name) => `Kontot för ${name} är aktiverat igen.`,
    cannotDisableSelf: 'Du kan inte stänga av ditt eget konto. Be en annan administratör.',

    passwordHeading: 'Nytt lösenord',
    newPassword: 'Nytt lösenord',
    newPasswordHint: 'Minst 12 tecken. Personen loggas ut överallt och loggar sedan in med det nya lösenordet.',
    resetPasswordButton: 'Sätt nytt lösenord',
    passwordResetDone: (name) => `${name} har fått ett nytt lösenord och är utloggad överallt.`,

    sessionsHeading: 'Inloggningar',
    sessionsHint: 'Till exempel om en dator eller telefon har kommit bort.',
    revokeSessionsButton: 'Logga ut överallt',
    revokeSessionsConfirm: (name) => `Logga ut ${name} överallt?`,
    sessionsRevokedDone: (count) => (count === 1 ? 'En inloggning avslutades.' : `${count} inloggningar avslutades.`),

    totpHeading: 'Autentiseringsapp',
    totpHint: 'Om personen har tappat bort telefonen: ta bort appen och reservkoderna. Personen loggar sedan in med bara lösenordet (eller en passkey) och lägger till en ny app.',
    totpOff: 'Ingen autentiseringsapp är kopplad till kontot.',
    resetTotpButton: 'Ta bort tvåstegsverifiering',
    resetTotpConfirm: (name) => `Ta bort autentiseringsapp, reservkoder och passkeys för ${name}? Gör det bara om personen har tappat bort dem.`,
    totpResetDone: (name) => `Autentiseringsapp, reservkoder och passkeys för ${name} är borttagna.`,

    auditTitle: 'Logg',
    auditIntro: 'Vem som gjorde vad, när och varifrån. Nyast först. Loggen kan inte ändras.',
    filterHeading: 'Visa bara',
    filterUser: 'Användare',
    filterAction: 'Typ av händelse',
    allUsers: 'Alla användare',
    allActions: 'Alla typer',
    showFiltered: 'Visa',
    clearFilter: 'Visa allt',
    noEntries: 'Inga poster.',
    olderEntries: 'Äldre poster',
    newestEntries: 'Nyaste posterna',
    auditPagination: 'Bläddra i loggen',
    who: 'Vem',
    what: 'Vad',
    target: 'Gäller',
    ip: 'IP-adress',
    actionKey: 'Kod',
    changes: 'Ändringar',
    field: 'Fält',
    before: 'Före',
    after: 'Efter',
    empty: '–',
    targetName: (type, id, name) => `${svTargets[type] ?? type} ${name ?? ''} (#${id})`.replace('  ', ' '),
    actionPrefixes: svPrefixes,
    actionName: (action) => svActions[action] ?? action,

    setupTitle: 'Skapa första administratören',
    setupIntro: 'Det finns inga konton ännu. Ange installationsnyckeln från driftsättningen och skapa det första administratörskontot. Sidan försvinner när kontot finns.',
    setupToken: 'Installationsnyckel',
    setupTokenHint: 'Värdet av SETUP_TOKEN i driftsättningens hemligheter.',
    setupWrongToken: 'Installationsnyckeln stämmer inte.',
    setupThrottled: (minutes) => `För många felaktiga försök från den här datorn. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
    repeatPassword: 'Lösenordet en gång till',
    passwordsDiffer: 'Lösenorden är inte likadana.',
    createFirstAdmin: 'Skapa administratör och logga in',
  },
};

export const enPeople: AdminPeopleMessages = {
  people: {
    usersTitle: 'Users',
    usersIntro: 'Everyone who can sign in to the administration. Editors publish; admins also manage users, settings and the audit log.',
    addUser: 'Add a user',
    newUserTitle: 'New user',
    newUserIntro: 'Give the person their user name and password in a safe way, for example in person. Ask them to change the password and add two-step verification.',
    usersTableCaption: 'Users',
    columns: { username: 'User name', name: 'Name', role: 'Role', secondFactor: 'Two-step verification', state: 'Account', lastSignIn: 'Last signed in' },
    yes: 'Yes',
    no: 'No',
    active: 'Active',
    disabled: 'Disabled',
    never: 'Never',
    secondFactorSummary: (totp, passkeys) => {
      const parts = [totp ? 'app' : '', passkeys > 0 ? `${passkeys} ${passkeys === 1 ? 'passkey' : 'passkeys'}` : ''].filter(Boolean);
      return parts.length > 0 ? `Yes (${parts.join(', ')})` : 'No';
    },
    you: '(you)',
    displayName: 'Name',
    displayNameHint: 'As shown in the audit log and the administration.',
    usernameHint: '2–40 characters: lowercase letters a–z, digits, dot, dash or underscore. Used to sign in.',
    role: 'Role',
    roleHint: 'Editor: services, incidents, updates, contact channels. Admin: also users, settings and the audit log.',
    initialPassword: 'First password',
    initialPasswordHint: 'At least 12 characters. Several words work well. Not a common password and not the person’s name.',
    passwordProblem: {
      'too-short': 'The password must have at least 12 characters.',
      'too-long': 'The password can have at most 256 characters.',
      common: 'That password is too common and easy to guess. Choose another.',
      'contains-name': 'The password must not contain the user name or the name.',
    },
    createUser: 'Create user',
    created: (name) => `The user ${name} has been created.`,
    backToUsers: 'All users',

    userTitle: (name) => `User: ${name}`,
    summaryHeading: 'Overview',
    createdAt: 'Created',
    activeSessions: 'Active sign-ins',

    roleHeading: 'Role',
    changeRole: 'Change role',
    roleChanged: (name, role) => `${name} is now ${role}. This applies from their next page load.`,
    roleUnchanged: 'The user already has that role.',

    accessHeading: 'Disable or enable',
    disableHint: 'A disabled account cannot sign in, and the person is signed out everywhere at once. Nothing is deleted.',
    disableButton: 'Disable the account',
    disableConfirm: (name) => `Disable the account of ${name}? They will be signed out everywhere.`,
    disabledDone: (name) => `The account of ${name} is disabled and all their sign-ins have ended.`,
    enableHint: 'The account is disabled. Enable it to let the person sign in again.',
    enableButton: 'Enable the account',
    enabledDone: (name) => `The account of ${name} is enabled again.`,
    cannotDisableSelf: 'You cannot disable your own account. Ask another admin.',

    passwordHeading: 'New password',
    newPassword: 'New password',
    newPasswordHint: 'At least 12 characters. The person is signed out everywhere and then signs in with the new password.',
    resetPasswordButton: 'Set new password',
    passwordResetDone: (name) => `${name} has a new password and is signed out everywhere.`,

    sessionsHeading: 'Sign-ins',
    sessionsHint: 'For example when a computer or phone has gone missing.',
    revokeSessionsButton: 'Sign out everywhere',
    revokeSessionsConfirm: (name) => `Sign ${name} out everywhere?`,
    sessionsRevokedDone: (count) => (count === 1 ? 'One sign-in was ended.' : `${count} sign-ins were ended.`),

    totpHeading: 'Authenticator app',
    totpHint: 'If the person has lost their phone: remove the app and the recovery codes. They then sign in with just the password (or a passkey) and add a new app.',
    totpOff: 'No authenticator app is linked to this account.',
    resetTotpButton: 'Remove two-step verification',
    resetTotpConfirm: (name) => `Remove the authenticator app, recovery codes and passkeys of ${name}? Only do this if they have lost them.`,
    totpResetDone: (name) => `The authenticator app, recovery codes and passkeys of ${name} have been removed.`,

    auditTitle: 'Audit log',
    auditIntro: 'Who did what, when and from where. Newest first. The log cannot be changed.',
    filterHeading: 'Show only',
    filterUser: 'User',
    filterAction: 'Kind of event',
    allUsers: 'All users',
    allActions: 'All kinds',
    showFiltered: 'Show',
    clearFilter: 'Show everything',
    noEntries: 'No entries.',
    olderEntries: 'Older entries',
    newestEntries: 'Newest entries',
    auditPagination: 'Browse the log',
    who: 'Who',
    what: 'What',
    target: 'Concerns',
    ip: 'IP address',
    actionKey: 'Code',
    changes: 'Changes',
    field: 'Field',
    before: 'Before',
    after: 'After',
    empty: '–',
    targetName: (type, id, name) => `${enTargets[type] ?? type} ${name ?? ''} (#${id})`.replace('  ', ' '),
    actionPrefixes: enPrefixes,
    actionName: (action) => enActions[action] ?? action,

    setupTitle: 'Create the first admin',
    setupIntro: 'There are no accounts yet. Enter the setup token from the deployment and create the first admin account. This page disappears once the account exists.',
    setupToken: 'Setup token',
    setupTokenHint: 'The value of SETUP_TOKEN in the deployment’s secrets.',
    setupWrongToken: 'The setup token is not right.',
    setupThrottled: (minutes) => `Too many wrong attempts from this computer. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    repeatPassword: 'The password again',
    passwordsDiffer: 'The passwords are not the same.',
    createFirstAdmin: 'Create admin and sign in',
  },
};
