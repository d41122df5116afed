/**
 * Turns a FeedDocument into RSS 2.0, Atom 1.0 or JSON Feed 1.1 with the `feed` package, then
 * adds what that package cannot express (see docs/decisions/0007-feeds.md): RFC 5005 archive
 * links and `fh:archive`, `xml:lang` on Atom, JSON Feed 1.1's version, language and paging,
 * and element text that its XML writer would alter (see ElementTexts).
 */
import { Feed, type Item } from 'feed';
import { xmlSafe } from '../domain/xml-text';
import type { FeedDocument, FeedFormat } from './document';

const HISTORY_NS = 'http://purl.org/syndication/history/1.0';

/** For fields the formats carry as HTML (Atom type="html", RSS titles and descriptions). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/'/g, '&apos;');
}

/** Plain text as RSS titles carry it: `&`, `<`, `>` as hexadecimal references (RSS Best Practices Profile). */
function hexReferences(text: string): string {
  return text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/>/g, '&#x3E;');
}

/**
 * Element text that we write ourselves. `feed` hands element text to xml-js, which first turns
 * every literal `&amp;` back into `&` ("desanitising", js2xml's writeText) and only then
 * escapes: an admin who typed `&amp;` would be read as having typed `&`. CDATA and attributes
 * are not affected. So these elements get a placeholder (letters and digits, which pass
 * through unchanged) and the finished XML text replaces it after serialising.
 */
class ElementTexts {
  private readonly xml: string[] = [];
  // Random per document, so no admin text can contain it.
  private readonly marker = `feedtext${crypto.randomUUID().replace(/-/g, '')}n`;

  /** A placeholder for an element whose content, already escaped for XML, is `xml`. */
  hold(xml: string): string {
    this.xml.push(xml);
    return `${this.marker}${this.xml.length - 1}z`;
  }

  fill(document: string): string {
    return document.replace(new RegExp(`${this.marker}(\\d+)z`, 'g'), (_match, index: string) => this.xml[Number(index)]!);
  }
}

/**
 * How each format carries text:
 * - Atom: titles, subtitle and summaries as type="html", so admin text is HTML-escaped (the
 *   feed's own title and subtitle are marked type="html" after serialising, see
 *   serializeAtom); the author's name is plain text.
 * - RSS: titles and categories are plain text (RSS Best Practices Profile); descriptions, the
 *   channel's too, are HTML.
 * - JSON Feed: title and summary are plain text; content_html is HTML.
 * Element text outside CDATA goes through `texts` in the XML formats (see ElementTexts).
 */
function buildFeed(doc: FeedDocument, format: FeedFormat, texts: ElementTexts | null): Feed {
  const plain = (text: string) => xmlSafe(text);
  const html = (text: string) => escapeHtml(xmlSafe(text));
  const title = format === 'atom' ? html : plain;
  const summary = format === 'json' ? plain : html;
  // Element text written by ElementTexts (JSON Feed has no XML, so none there). Plain text as
  // hexadecimal references: parsers that decode entities in every text (feed-parser does, even
  // in Atom names and RSS categories) then still give back a literal `&amp;` as typed.
  const plainElement = (text: string) => (texts ? texts.hold(hexReferences(plain(text))) : plain(text));
  const htmlElement = (text: string) => (texts ? texts.hold(escapeHtml(html(text))) : plain(text));
  const feed = new Feed({
    id: doc.id,
    title: format === 'atom' ? htmlElement(doc.title) : plainElement(doc.title),
    description: htmlElement(doc.description),
    link: doc.homeUrl,
    language: doc.lang,
    updated: doc.updated,
    generator: false,
    author: { name: plainElement(doc.authorName) },
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
        // RSS carries the label as element text; Atom as an attribute, which xml-js escapes fully.
        name: format === 'rss' ? plainElement(category.label) : plain(category.label),
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
  const texts = new ElementTexts();
  const xml = escapeLabelAttributes(buildFeed(doc, 'atom', texts).atom1());
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
  const document = xml
    .replace(opening, [open, ...extra].join('\n    '))
    // The first <title> and <subtitle> are the feed's own; their text was HTML-escaped above.
    .replace('<title>', '<title type="html">')
    .replace('<subtitle>', '<subtitle type="html">');
  return texts.fill(document);
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/**
 * RSS titles are plain text, and the RSS Best Practices Profile asks for `&` and `<` in plain
 * text as hexadecimal character references (otherwise readers cannot tell text from HTML,
 * and the W3C validator warns). `feed` writes item titles as CDATA; this rewrites them. (The
 * channel title is written by ElementTexts; here it is still a placeholder, left as it is.)
 */
function plainTextTitles(xml: string): string {
  return xml.replace(/<title>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/title>/g, (_match, cdata?: string, escaped?: string) => {
    const text =
      cdata !== undefined
        ? cdata.replace(/\]\]\]\]><!\[CDATA\[>/g, ']]>')
        : (escaped ?? '').replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]!);
    return `<title>${hexReferences(text)}</title>`;
  });
}

function serializeRss(doc: FeedDocument): string {
  const texts = new ElementTexts();
  const feed = buildFeed(doc, 'rss', texts);
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
  return texts.fill(plainTextTitles(feed.rss2()));
}

function serializeJson(doc: FeedDocument): string {
  const json = JSON.parse(buildFeed(doc, 'json', null).json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
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
