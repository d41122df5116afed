/**
 * The Atom 1.0 index of CAP messages (`/cap/index.atom`), the way CAP feeds are announced to
 * aggregators: one entry per message, newest first, its `id` the message's identifier and its
 * link the message itself (type application/cap+xml). Written with the same XML builder as
 * the messages rather than `feed`: an entry needs a typed link, which `feed` cannot write, and
 * the index carries no HTML (docs/decisions/0027-cap-badges-embed.md).
 */
import { XMLBuilder } from 'fast-xml-parser';
import { xmlSafeText } from '../domain/xml-text';
import { CAP_CONTENT_TYPE } from './alert';

export interface CapIndexEntry {
  /** The message's identifier (urn:uuid:…). */
  id: string;
  title: string;
  summary: string;
  /** RFC 3339: the message's `sent`. */
  updated: string;
  /** Absolute URL of the message. */
  href: string;
}

export interface CapIndex {
  /** Absolute URL of the index, also its id. */
  self: string;
  /** The status page it belongs to. */
  home: string;
  lang: string;
  title: string;
  subtitle: string;
  author: string;
  updated: string;
  entries: CapIndexEntry[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
  processEntities: true,
});

const text = (value: string) => ({ '#text': xmlSafeText(value) });
const link = (rel: string, type: string, href: string) => ({ '@_rel': rel, '@_type': type, '@_href': href });

export function serializeCapIndex(index: CapIndex): string {
  const feed = {
    '@_xmlns': 'http://www.w3.org/2005/Atom',
    '@_xml:lang': index.lang,
    id: index.self,
    title: text(index.title),
    subtitle: text(index.subtitle),
    updated: index.updated,
    author: { name: text(index.author) },
    link: [link('self', 'application/atom+xml', index.self), link('alternate', 'text/html', index.home)],
    entry: index.entries.map((entry) => ({
      id: entry.id,
      title: text(entry.title),
      updated: entry.updated,
      link: link('alternate', CAP_CONTENT_TYPE.split(';')[0]!, entry.href),
      summary: text(entry.summary),
    })),
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ feed }) as string}`;
}
