/** Parsing feeds the way subscribers do: with several independent real parsers. */
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { expect } from 'vitest';

export { extractFromJson, extractFromXml, parseFeed };

export const rssParser = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded']] } });

/** Fails the test unless the document is well-formed XML. */
export function expectWellFormed(xml: string): void {
  const result = XMLValidator.validate(xml);
  expect(result, typeof result === 'object' ? JSON.stringify(result.err) : '').toBe(true);
}

/** Decodes the HTML entities that RSS/Atom "html" text carries. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every href of an Atom <link> with the given rel. */
export function atomLinks(xml: string, rel: string): string[] {
  const links = [...xml.matchAll(/<(?:atom:)?link\b[^>]*>/g)].map((match) => match[0]);
  return links
    .filter((link) => new RegExp(`rel="${rel}"`).test(link))
    .map((link) => decodeHtml(/href="([^"]*)"/.exec(link)![1]!));
}
