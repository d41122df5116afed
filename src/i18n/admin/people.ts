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

export interface AdminPeopleMessages {
  people: PeopleWords;
}

export { svPeople } from './people.sv';
export { enPeople } from './people.en';
