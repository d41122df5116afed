/**
 * Input limits, shared by the store and auth (last line of defence) and the admin forms
 * (`maxlength`, messages next to the field). Update bodies are generous: a long crisis notice
 * must never be cut.
 */
export const LIMITS = {
  slug: 80,
  name: 200,
  shortText: 2_000,
  longText: 20_000,
  updateBody: 200_000,
  address: 500,
} as const;

/** NIST SP 800-63B: a minimum length and no composition rules (docs/decisions/0008). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Long enough for "Anna's YubiKey (blue, office drawer)", short enough for a table cell. */
export const PASSKEY_NAME_MAX = 100;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= LIMITS.slug && SLUG.test(value);
}

/**
 * Control characters other than tab and newlines have no place in published text: C0 (NUL,
 * ESC …), DEL and C1 (U+0080–U+009F; U+009B is a terminal's CSI, as dangerous as ESC [).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Admin-entered text after cleaning, and whether the editor must be told what it lost. */
export interface CleanedText {
  text: string;
  /**
   * Characters were taken out (control characters, NUL). Line endings (CRLF to LF) and
   * whitespace trimmed at either end are not reported: nobody can see them in the result.
   */
  removedCharacters: boolean;
}

/** Normalises admin-entered text: CRLF to LF, strips control characters, trims; says what it lost. */
export function cleanTextReport(value: string): CleanedText {
  const lines = value.replace(/\r\n?/g, '\n');
  const kept = lines.replace(CONTROL, '');
  return { text: kept.trim(), removedCharacters: kept.length !== lines.length };
}

export function cleanText(value: string): string {
  return cleanTextReport(value).text;
}

/** One-line text (a person's name): cleaned, and any run of whitespace (tab, newline) one space. */
export function cleanLineReport(value: string): CleanedText {
  const cleaned = cleanTextReport(value);
  return { ...cleaned, text: cleaned.text.replace(/\s+/g, ' ') };
}
