/**
 * Reading CAP messages as an aggregator does: validated against the OASIS CAP 1.2 XML Schema
 * with libxml2's validator (xmllint compiled to WebAssembly, so no system package is needed),
 * then parsed with a real XML parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { expect } from 'vitest';
import type { TestContext } from '../helpers/app';

const CAP_SCHEMA = readFileSync(join(import.meta.dirname, '../fixtures/cap/CAP-v1.2.xsd'), 'utf8');

/** The schema validator's complaints about `xml` (none: valid). */
export async function capSchemaErrors(xml: string): Promise<string[]> {
  return capSchemaErrorsOfMany([{ name: 'alert.xml', xml }]);
}

/** The same for many documents in one run of the validator, each complaint prefixed with its document's name. */
export async function capSchemaErrorsOfMany(documents: { name: string; xml: string }[]): Promise<string[]> {
  const result = await validateXML({
    xml: documents.map((document, index) => ({ fileName: `${index}.xml`, contents: document.xml })),
    schema: [CAP_SCHEMA],
  });
  return result.errors.map((error) => {
    const file = error.loc?.fileName ?? /^(\d+)\.xml\b/.exec(error.rawMessage)?.[1] ?? '';
    return `${documents[Number.parseInt(file, 10)]?.name ?? '?'}: ${error.message}`;
  });
}

export interface CapInfoRead {
  language: string;
  category: string;
  event: string;
  responseType: string;
  urgency: string;
  severity: string;
  certainty: string;
  onset?: string;
  expires?: string;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  web?: string;
  contact?: string;
  area: { areaDesc: string };
}

export interface CapAlertRead {
  identifier: string;
  sender: string;
  sent: string;
  status: string;
  msgType: string;
  scope: string;
  references?: string;
  incidents?: string;
  info: CapInfoRead[];
}

const parser = new XMLParser({
  // Text exactly as written: no trimming, no numbers or booleans made of it.
  trimValues: false,
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (name) => name === 'info',
});

/** Drops the indentation between elements, which the parser (keeping all text) reports as `#text`. */
function withoutLayout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLayout);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => !(key === '#text' && typeof child === 'string' && child.trim() === ''))
      .map(([key, child]) => [key, withoutLayout(child)]),
  );
}

export function parseCap(xml: string): CapAlertRead {
  const document = parser.parse(xml) as { alert: unknown };
  return withoutLayout(document.alert) as CapAlertRead;
}

/** Fetches one message and checks its headers (without the schema: see fetchCap). */
export async function fetchCapUnchecked(app: TestContext['app'], url: string): Promise<{ xml: string; alert: CapAlertRead }> {
  const response = await app.request(url.replace(/^https?:\/\/[^/]+/, ''));
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/cap+xml; charset=utf-8');
  const xml = await response.text();
  return { xml, alert: parseCap(xml) };
}

/** Fetches, checks the headers and the schema, and parses one message. */
export async function fetchCap(app: TestContext['app'], url: string): Promise<{ xml: string; alert: CapAlertRead }> {
  const fetched = await fetchCapUnchecked(app, url);
  expect(await capSchemaErrors(fetched.xml), url).toEqual([]);
  return fetched;
}

/** The "sender,identifier,sent" of a message, as another message's references name it. */
export function triplet(alert: CapAlertRead): string {
  return `${alert.sender},${alert.identifier},${alert.sent}`;
}

export function referencesOf(alert: CapAlertRead): string[] {
  return alert.references ? alert.references.split(' ') : [];
}
