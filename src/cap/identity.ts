/**
 * How a CAP message names itself and others (docs/decisions/0027-cap-badges-embed.md).
 *
 * - `identifier`: a name-based UUID (RFC 9562 version 5, SHA-1) of the update's public uid and
 *   the correction, in a namespace of our own. Stable for ever, independent of the host name,
 *   and different from the feeds' `urn:uuid:<uid>` entry ids: a CAP message is not the feed
 *   entry, and Atom readers that see both must not merge them.
 * - `sender`: the host of the public URL, as CAP suggests (an Internet domain name).
 * - `sent`: RFC 3339 in the site's time zone, whole seconds, the offset always numeric and UTC
 *   as "-00:00", which is what CAP 1.2 requires (its schema refuses fractions and "Z").
 */
import { TZDate } from '@date-fns/tz';

/** Our namespace for name-based UUIDs of CAP messages. Never change it: every identifier derives from it. */
const CAP_NAMESPACE = '81af45f2-713e-464e-92c3-3a2065ca4133';

function bytesOfUuid(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** RFC 9562 §5.5: SHA-1 of namespace and name, version and variant bits set. */
export async function nameBasedUuid(namespace: string, name: string): Promise<string> {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(bytesOfUuid(namespace));
  input.set(nameBytes, 16);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One CAP message: an update as published (correctionId null), or one of its corrections. */
export interface MessageRef {
  updateUid: string;
  correctionId: number | null;
}

export async function capIdentifier(message: MessageRef): Promise<string> {
  const name = message.correctionId === null ? `update:${message.updateUid}` : `update:${message.updateUid}:correction:${message.correctionId}`;
  return `urn:uuid:${await nameBasedUuid(CAP_NAMESPACE, name)}`;
}

export function capSender(publicUrl: string): string {
  return new URL(publicUrl).host;
}

export function capTime(date: Date, timeZone: string): string {
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return new TZDate(wholeSeconds, timeZone)
    .toISOString()
    .replace(/\.\d+(?=[+-])/, '')
    .replace(/\+00:00$/, '-00:00');
}

/** A `<references>` entry: "sender,identifier,sent". */
export function capReference(sender: string, identifier: string, sent: string): string {
  return `${sender},${identifier},${sent}`;
}
