/**
 * Shortening admin-written text for the poster and the plain-text summary, which must fit a
 * sheet of paper or a text message. The full text stays on the status page, which both point
 * to. Cuts fall at a sentence end when one fits, else at a word; Intl.Segmenter finds both
 * (on Node and Workers alike), so no cut splits a word, an emoji or a surrogate pair.
 */
const ELLIPSIS = '…';
/** Keeps the ellipsis on the line of the words it follows. */
const NO_BREAK_SPACE = '\u00A0';

function keepSegments(segments: Iterable<{ segment: string }>, room: number): string {
  let kept = '';
  for (const { segment } of segments) {
    if ((kept + segment).trimEnd().length > room) break;
    kept += segment;
  }
  return kept;
}

/** `text` if it has at most `max` UTF-16 units, else its longest start that fits, marked "…". */
export function shorten(text: string, max: number, locale: string): string {
  if (text.length <= max) return text;
  // Room for " …" after a whole sentence or a cut.
  const sentences = keepSegments(new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text), max - 2).trimEnd();
  if (sentences !== '') return `${sentences}${NO_BREAK_SPACE}${ELLIPSIS}`;
  const words = keepSegments(new Intl.Segmenter(locale, { granularity: 'word' }).segment(text), max - 2)
    .replace(/[\s,;:–—-]+$/u, '');
  // A cut that happens to end a sentence reads like one: "… 67 00. …", not "… 67 00.…".
  if (words !== '') return /[.!?]$/.test(words) ? `${words}${NO_BREAK_SPACE}${ELLIPSIS}` : `${words}${ELLIPSIS}`;
  return `${keepSegments(new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text), max - 1)}${ELLIPSIS}`;
}

/**
 * Explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). In HTML an
 * element ends them; in plain text nothing does before the end of the line, so an unclosed
 * override in a service name would reverse the status word after it. The store keeps them
 * (they can be legitimate in mixed-direction text), so plain text takes them out.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Admin text as one line of plain text: bidi controls out, and every run of whitespace,
 * newlines and line or paragraph separators one space, so no text can start a line of its
 * own that looks like part of the summary. The store removes control characters from what
 * admins type (src/domain/limits.ts cleanText); they are taken out here too, as a last line.
 */
export function plainLine(text: string): string {
  return text
    .replace(/[\s\u2028\u2029]+/gu, ' ')
    // Text restored from elsewhere than the console may still carry them: never in a line.
    .replace(/\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
