/**
 * Whether passkeys can work at the console's address at all. WebAuthn needs a secure context
 * and a relying party id that is a domain name: on http://192.168.1.10 (a status page run on
 * a laptop during an outage) the browser refuses every ceremony, and "try again" would send
 * the person round in circles. The pages say why instead and point to the other ways in.
 */
import type { AdminMessages } from '../../../i18n/admin';

export type PasskeyBlock = { reason: 'ip-address' | 'insecure'; host: string };

/** Pure: from the relying party's origin (public URL, site URL, or the request's own). */
export function passkeyBlockOf(origin: string): PasskeyBlock | null {
  const url = new URL(origin);
  const host = url.hostname;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) return { reason: 'ip-address', host };
  const local = host === 'localhost' || host.endsWith('.localhost');
  if (url.protocol !== 'https:' && !local) return { reason: 'insecure', host };
  return null;
}

/** The sentence the passkey parts of the sign-in and account pages show, or null when passkeys can work. */
export function passkeyBlockText(t: AdminMessages, origin: string): string | null {
  const block = passkeyBlockOf(origin);
  if (!block) return null;
  const words = t.accountSecurity;
  return block.reason === 'ip-address' ? words.passkeyIpAddress(block.host) : words.passkeyInsecure(block.host);
}
