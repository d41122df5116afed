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
  /** The console is reached at an IP address: no browser allows passkeys there. */
  passkeyIpAddress: (host: string) => string;
  /** Plain http on a name other than localhost: not a secure context. */
  passkeyInsecure: (host: string) => string;
  /** The otpauth:// link beside the QR code, for an app on this same phone. */
  totpOpenInApp: string;
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

  /** Under the password field of adding an authenticator app or a passkey. */
  confirmEnrolmentHint: string;
}

export interface AdminAccountMessages {
  accountSecurity: AccountSecurityMessages;
}

export { svAccount } from './account.sv';
export { enAccount } from './account.en';
