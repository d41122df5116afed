/**
 * Text as XML 1.0 can carry it. The store cleans what editors type (src/domain/limits.ts), so
 * nothing here should ever change stored text; this is the last guard of every XML writer
 * (feeds, CAP): a character XML forbids, even escaped, would make the whole document unreadable.
 */

/** Characters XML 1.0 does not allow, even escaped: C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Like xmlSafe, and line endings as a parser would read them anyway (XML turns CR and CRLF in
 * element text into LF), so what a reader gets back is exactly what was written.
 */
export function xmlSafeText(text: string): string {
  return xmlSafe(text.replace(/\r\n?/g, '\n'));
}
