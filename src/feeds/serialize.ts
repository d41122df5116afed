/**
 * Turns a FeedDocument into RSS 2.0, Atom 1.0 or JSON Feed 1.1 with the `feed` package, then
 * adds what that package cannot express (see docs/decisions/0007-feeds.md): RFC 5005 archive
 * links and `fh:archive`, `xml:lang` on Atom, JSON Feed 1.1's version, language and paging.
 */
import { Feed, type Item } from 'feed';
import type { FeedDocument, FeedFormat } from './document';

const HISTORY_NS = 'http://purl.org/syndication/history/1.0';

/** Characters XML 1.0 does not allow, even escaped. Input is cleaned already; this is the last guard. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** For fields the formats carry as HTML (Atom type="html", RSS titles and descriptions). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/'/g, '&apos;');
}

/**
 * How each format carries text:
 * - Atom: titles and summaries as type="html", so admin text is HTML-escaped (the feed's own
 *   title and subtitle are marked type="html" after serialising, see serializeAtom).
 * - RSS: titles are plain text (RSS Best Practices Profile); descriptions are HTML.
 * - JSON Feed: title and summary are plain text; content_html is HTML.
 */
function buildFeed(doc: FeedDocument, format: FeedFormat): Feed {
  const plain = (text: string) => xmlSafe(text);
  const html = (text: string) => escapeHtml(xmlSafe(text));
  const title = format === 'atom' ? html : plain;
  const summary = format === 'json' ? plain : html;
  const feed = new Feed({
    id: doc.id,
    title: title(doc.title),
    description: title(doc.description),
    link: doc.homeUrl,
    language: doc.lang,
    updated: doc.updated,
    generator: false,
    author: { name: xmlSafe(doc.authorName) },
    feedLinks: { [format]: doc.links.self[format] },
  });
  for (const entry of doc.entries) {
    const item: Item = {
      id: entry.id,
      guid: entry.id,
      title: title(entry.title),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: summary(entry.summary),
      content: xmlSafe(entry.contentHtml),
      category: entry.categories.map((category) => ({
        name: xmlSafe(category.label),
        term: category.term,
        scheme: category.scheme,
        domain: category.scheme,
      })),
    };
    feed.addItem(item);
  }
  return feed;
}

function atomLink(rel: string, href: string, type = 'application/atom+xml'): string {
  return `<link rel="${rel}" type="${type}" href="${escapeAttribute(href)}"/>`;
}

/**
 * xml-js (inside `feed`) escapes `"` and `&` in attribute values but not `<`, which XML
 * forbids there. Category labels are the only attributes carrying admin-entered text.
 */
function escapeLabelAttributes(xml: string): string {
  return xml.replace(/ label="([^"]*)"/g, (_match, value: string) => ` label="${value.replace(/</g, '&lt;')}"`);
}

function serializeAtom(doc: FeedDocument): string {
  const xml = escapeLabelAttributes(buildFeed(doc, 'atom').atom1());
  const opening = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(opening)) throw new Error('Unexpected Atom output from the feed package');
  const extra = [
    doc.isArchive ? atomLink('current', doc.links.current.atom) : '',
    doc.links.prevArchive ? atomLink('prev-archive', doc.links.prevArchive.atom) : '',
    doc.links.nextArchive ? atomLink('next-archive', doc.links.nextArchive.atom) : '',
    doc.isArchive ? '<fh:archive/>' : '',
  ].filter(Boolean);
  const namespaces = doc.isArchive ? ` xmlns:fh="${HISTORY_NS}"` : '';
  const open = `<feed xmlns="http://www.w3.org/2005/Atom"${namespaces} xml:lang="${escapeAttribute(doc.lang)}">`;
  return xml
    .replace(opening, [open, ...extra].join('\n    '))
    // The first <title> and <subtitle> are the feed's own; their text was HTML-escaped above.
    .replace('<title>', '<title type="html">')
    .replace('<subtitle>', '<subtitle type="html">');
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/**
 * RSS titles are plain text, and the RSS Best Practices Profile asks for `&` and `<` in plain
 * text as hexadecimal character references (otherwise readers cannot tell text from HTML,
 * and the W3C validator warns). `feed` writes item titles as CDATA and the channel title with
 * named entities; this rewrites both.
 */
function plainTextTitles(xml: string): string {
  const hex = (text: string) => text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/>/g, '&#x3E;');
  return xml.replace(/<title>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/title>/g, (_match, cdata?: string, escaped?: string) => {
    const text =
      cdata !== undefined
        ? cdata.replace(/\]\]\]\]><!\[CDATA\[>/g, ']]>')
        : (escaped ?? '').replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]!);
    return `<title>${hex(text)}</title>`;
  });
}

function serializeRss(doc: FeedDocument): string {
  const feed = buildFeed(doc, 'rss');
  const link = (rel: string, href: string) => ({ _attributes: { href, rel, type: 'application/rss+xml' } });
  // The package writes only rel="self"; an `atom:link` extension replaces its list with ours.
  feed.addExtension({
    name: 'atom:link',
    objects: [
      link('self', doc.links.self.rss),
      ...(doc.isArchive ? [link('current', doc.links.current.rss)] : []),
      ...(doc.links.prevArchive ? [link('prev-archive', doc.links.prevArchive.rss)] : []),
      ...(doc.links.nextArchive ? [link('next-archive', doc.links.nextArchive.rss)] : []),
    ] as unknown as Record<string, unknown>,
  });
  if (doc.isArchive) feed.addExtension({ name: 'fh:archive', objects: { _attributes: { 'xmlns:fh': HISTORY_NS } } });
  return plainTextTitles(feed.rss2());
}

function serializeJson(doc: FeedDocument): string {
  const json = JSON.parse(buildFeed(doc, 'json').json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const { author, ...rest } = json;
  const document: Record<string, unknown> = {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: doc.lang,
    authors: author ? [author] : undefined,
  };
  // Older entries: the next archive page back (JSON Feed's paging).
  if (doc.links.prevArchive) document.next_url = doc.links.prevArchive.json;
  return JSON.stringify(document, null, 2);
}

export function serializeFeed(doc: FeedDocument, format: FeedFormat): string {
  switch (format) {
    case 'atom':
      return serializeAtom(doc);
    case 'rss':
      return serializeRss(doc);
    case 'json':
      return serializeJson(doc);
  }
}
