/**
 * How admin-entered text becomes paragraphs, for the page, the feed entry and (later) the API
 * and the export alike: blank lines separate paragraphs, single newlines are line breaks, and
 * paragraphs of only white space are dropped.
 */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => paragraph.split('\n'));
}
