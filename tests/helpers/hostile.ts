/**
 * Hostile text for the tests that push it through the console: each string with what must be
 * stored and shown after cleaning. Shared by tests/admin/catalog-hostile.test.ts (escaping on
 * every catalog page, oversized input) and tests/security/hostile-input.test.ts (the whole
 * corpus through every admin text field, out through pages, feeds and JSON).
 */

/** Markup and a CDATA terminator: must come out escaped, as text, everywhere. */
export const MARKUP = `<script>alert(1)</script> ]]> "quotes" 'apos' & <img src=x onerror=alert(1)>`;
export const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';

/** Text an admin typed that looks like entities: must never collapse to `&` or `<`. */
export const LITERAL_ENTITIES = 'Kommun &amp; <b>x</b> ]]> &lt;i&gt; &#38; &quot;';

export interface HostileText {
  name: string;
  /** As posted. */
  text: string;
  /** As stored and shown: what cleaning leaves. */
  stored: string;
  /** Whether cleaning took characters out, so the editor must be told. */
  announced: boolean;
}

export const HOSTILE_TEXTS: readonly HostileText[] = [
  { name: 'markup', text: MARKUP, stored: MARKUP, announced: false },
  { name: 'literal entity text', text: LITERAL_ENTITIES, stored: LITERAL_ENTITIES, announced: false },
  { name: 'CDATA', text: 'a ]]> b ]]]]> c <![CDATA[ d ]]&gt;', stored: 'a ]]> b ]]]]> c <![CDATA[ d ]]&gt;', announced: false },
  {
    name: 'bidi overrides',
    text: 'faktura\u202Efdp.exe\u202C \u2066isolerad\u2069 مرحبا بكم',
    stored: 'faktura\u202Efdp.exe\u202C \u2066isolerad\u2069 مرحبا بكم',
    announced: false,
  },
  { name: 'emoji', text: '🚒 👩‍🚒 🏳️‍🌈 e\u0301 𝔘', stored: '🚒 👩‍🚒 🏳️‍🌈 e\u0301 𝔘', announced: false },
  // Line endings and the spaces around the text change without a word: nobody can see them.
  { name: 'CRLF and spaces', text: '  rad ett\r\nrad två\r\n\r\nstycke  ', stored: 'rad ett\nrad två\n\nstycke', announced: false },
  {
    name: 'control characters and NUL',
    text: 'före\u0000NUL \u001b[2Jskärm\u0007\u0008 \u007f\u009b31m efter',
    stored: 'föreNUL [2Jskärm 31m efter',
    announced: true,
  },
];

/** 100 KB: over every limit but an update's body. */
export const HUNDRED_KB = `Början ${'x'.repeat(100_000)} slut`;

/** One line of a stored text as a reader of the page sees it (whitespace collapsed). */
export function asShown(stored: string): string {
  return stored.replace(/\s+/g, ' ').trim();
}
