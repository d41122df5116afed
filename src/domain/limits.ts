/**
 * Input limits, shared by the store (last line of defence) and the admin forms (messages
 * next to the field). Update bodies are generous: a long crisis notice must never be cut.
 */
export const LIMITS = {
  slug: 80,
  name: 200,
  shortText: 2_000,
  longText: 20_000,
  updateBody: 200_000,
  address: 500,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= LIMITS.slug && SLUG.test(value);
}

/** Control characters other than tab and newlines have no place in published text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Normalises admin-entered text: CRLF to LF, strips control characters, trims. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}
