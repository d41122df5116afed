/** What was wrong with an input; the admin console words each code in the admin's language. */
export type InputErrorCode =
  | 'required'
  | 'too-long'
  | 'slug'
  | 'slug-taken'
  | 'unknown-choice'
  | 'time-format'
  | 'date-format'
  | 'date-order'
  | 'default-language-offered'
  | 'default-language-required'
  | 'no-catalog'
  | 'unknown-language'
  | 'time-zone'
  | 'url'
  | 'one-change-per-service'
  | 'phase-needs-incident'
  | 'maintenance-window'
  | 'maintenance-status'
  | 'maintenance-started'
  | 'no-services'
  | 'username-format'
  | 'username-taken'
  | 'name-format'
  | 'not-found'
  | 'last-admin'
  | 'token-name-format'
  | 'token-name-taken';

export interface InputErrorParams {
  max?: number;
  value?: string;
}

/** The English wording of each code: for logs, API clients and the English admin console. */
export const ENGLISH_INPUT_ERRORS: Record<InputErrorCode, (params: InputErrorParams) => string> = {
  required: () => 'This field is required.',
  'too-long': ({ max }) => `At most ${max} characters.`,
  slug: ({ max }) => `Use lowercase letters a–z, digits and single hyphens (at most ${max} characters).`,
  'slug-taken': () => 'This address is already in use.',
  'unknown-choice': () => 'Choose one of the options.',
  'time-format': () => 'Write the time as HH:MM, for example 08:00.',
  'date-format': () => 'Write dates as YYYY-MM-DD.',
  'date-order': () => 'The last day cannot be before the first.',
  'default-language-offered': () => 'The default language must be one of the offered languages.',
  'default-language-required': ({ value }) => `A text in the default language (${value}) is required.`,
  'no-catalog': ({ value }) => `There is no interface translation for "${value}".`,
  'unknown-language': ({ value }) => `"${value}" is not a language code this server knows (for example fi, ar or fit).`,
  'time-zone': () => 'Unknown time zone.',
  url: () => 'The address must start with http:// or https://.',
  'one-change-per-service': () => 'Each service can change only once per update.',
  'phase-needs-incident': () => 'Only an update to an incident can change its phase.',
  'maintenance-window': () => 'The end must be after the start.',
  'maintenance-status': () => 'The maintenance cannot change to that status from the one it has now.',
  'maintenance-started': () => 'This cannot be changed once the maintenance has started.',
  'no-services': () => 'An update outside an incident must concern at least one service.',
  'username-format': () => 'Use 2–40 characters: lowercase letters, digits, dot, dash or underscore.',
  'username-taken': () => 'That user name is taken.',
  'name-format': () => 'Write a name (at most 100 characters).',
  'not-found': () => 'It does not exist (any more).',
  'last-admin': () => 'At least one active admin must remain.',
  'token-name-format': () => 'Use 2–40 characters: lowercase letters, digits, dot, dash or underscore.',
  'token-name-taken': () => 'A token with that name exists (revoked tokens keep their names).',
};

/**
 * Expected failures of store operations. Routes map them to 4xx responses (never a 500):
 * `field` names the input the message belongs next to, `code` lets the console say it in the
 * admin's language. The message is English, for logs and API clients.
 */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly field?: string,
    readonly params: InputErrorParams = {},
  ) {
    super(ENGLISH_INPUT_ERRORS[code](params));
    this.name = 'InputError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Someone else changed the record since the editor loaded it (optimistic versioning). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * The data as it is now forbids the write, whatever version the editor saw (a group that still
 * has services cannot be deleted): answered 409 with words of its own (`reason`).
 */
export class RefusedError extends Error {
  constructor(
    readonly reason: 'group-not-empty',
    readonly count: number,
    message: string,
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}
