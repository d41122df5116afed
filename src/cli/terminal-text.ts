/**
 * Text from the database, made safe to print on a terminal. An ESC or CSI in a display name
 * can clear the screen, move the cursor or draw rows that are not there; a newline or carriage
 * return can invent or overwrite a line; a NUL can hide the rest; a bidi override can reverse
 * what follows. Each such character is printed as a visible escape instead (`\x1b`, `\u202e`),
 * and a backslash as `\\`, so that text typed to look like an escape cannot pass for one.
 *
 * Every CLI output that carries text from the database goes through `forTerminal`.
 */

// Controls (C0, DEL, C1), format characters (bidi controls, zero-width space, BOM …), line and
// paragraph separators, lone surrogate halves, and the backslash itself.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\\]/gu;

/** Joins emoji sequences (👩‍🚒) and cannot move the cursor: left as it is. */
const ZERO_WIDTH_JOINER = '\u200D';

function visibleEscape(character: string): string {
  if (character === '\\') return '\\\\';
  const code = character.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (character) => (character === ZERO_WIDTH_JOINER ? character : visibleEscape(character)));
}
