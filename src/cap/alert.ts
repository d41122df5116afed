/**
 * A CAP 1.2 alert message as data, and its XML. Elements are written in the order the OASIS
 * schema's sequences require, text is escaped by the XML builder (fast-xml-parser's
 * XMLBuilder) after the last guard against characters XML cannot carry.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { xmlSafeText } from '../domain/xml-text';
import type { CapCertainty, CapMsgType, CapResponseType, CapSeverity, CapUrgency } from './vocabulary';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
export const CAP_CONTENT_TYPE = 'application/cap+xml; charset=utf-8';

export interface CapInfo {
  /** BCP 47 tag. */
  language: string;
  event: string;
  responseType: CapResponseType;
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  /** CAP times ("2026-02-11T14:00:00+01:00"): when the event begins and when the message stops applying. */
  onset: string | null;
  expires: string | null;
  senderName: string;
  headline: string;
  description: string;
  instruction: string | null;
  /** Absolute URL of the page about it. */
  web: string;
  contact: string | null;
  areaDesc: string;
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  msgType: CapMsgType;
  /** "sender,identifier,sent" of each earlier message it refers to, oldest first. */
  references: string[];
  /** Names of the incidents it belongs to (our slugs). */
  incidents: string[];
  infos: CapInfo[];
}

/** Element text, or nothing at all when empty (CAP's optional elements are better absent than blank). */
function optional(text: string | null): Record<string, string> | undefined {
  return text === null || text === '' ? undefined : { '#text': xmlSafeText(text) };
}

function infoElement(info: CapInfo) {
  const element: Record<string, unknown> = {
    language: info.language,
    category: 'Infra',
    event: xmlSafeText(info.event),
    responseType: info.responseType,
    urgency: info.urgency,
    severity: info.severity,
    certainty: info.certainty,
    onset: optional(info.onset),
    expires: optional(info.expires),
    senderName: optional(info.senderName),
    headline: optional(info.headline),
    description: optional(info.description),
    instruction: optional(info.instruction),
    web: info.web,
    contact: optional(info.contact),
    area: { areaDesc: xmlSafeText(info.areaDesc) },
  };
  // The builder writes keys in insertion order; absent optional elements are left out.
  return Object.fromEntries(Object.entries(element).filter(([, value]) => value !== undefined));
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  // An attribute whose value is "true" would otherwise be written without a value: not XML.
  suppressBooleanAttributes: false,
  suppressEmptyNode: false,
  processEntities: true,
});

export function serializeCapAlert(alert: CapAlert): string {
  const root: Record<string, unknown> = {
    '@_xmlns': CAP_NAMESPACE,
    identifier: alert.identifier,
    sender: alert.sender,
    sent: alert.sent,
    status: 'Actual',
    msgType: alert.msgType,
    scope: 'Public',
  };
  if (alert.references.length > 0) root.references = alert.references.join(' ');
  if (alert.incidents.length > 0) root.incidents = alert.incidents.join(' ');
  if (alert.infos.length > 0) root.info = alert.infos.map(infoElement);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ alert: root }) as string}`;
}
