/**
 * The client's address behind reverse proxies, for throttling and the audit log. Each proxy
 * appends the address it received the request from to X-Forwarded-For, so only the entries
 * our own proxies appended can be believed: counted from the right, one per trusted proxy.
 * Everything to their left was sent by the client and may say anything. Runtime-neutral and
 * pure; the entry point supplies the socket address (docs/decisions/0019).
 */

/**
 * TRUST_PROXY: how many reverse proxies stand between the clients and this server. `false`
 * (or unset, `0`, `no`, `off`) trusts none and uses the socket address; `true` (or `yes`,
 * `on`) is one proxy, the common case; a whole number is that many proxies in a chain.
 */
export function parseTrustedProxyHops(value: string | undefined): number {
  const text = (value ?? '').trim().toLowerCase();
  if (['', 'false', 'no', 'off', '0'].includes(text)) return 0;
  if (['true', 'yes', 'on'].includes(text)) return 1;
  if (/^[1-9]\d?$/.test(text)) return Number(text);
  throw new Error(`TRUST_PROXY must be false, true or the number of proxies in front of this server (1-99), got "${value}"`);
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^(?=[^:]*:[^:]*:)[0-9a-f:]+(?:(?:\d{1,3}\.){3}\d{1,3})?$/i;

/**
 * An address as a proxy writes it: bare, IPv4 with a port, or IPv6 in brackets with or
 * without a port. Null for anything else (`unknown`, an obfuscated name, garbage).
 */
export function normaliseAddress(entry: string): string | null {
  const text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) return IPV6.test(bracketed[1]!) ? bracketed[1]!.toLowerCase() : null;
  const withPort = /^([\d.]+):\d{1,5}$/.exec(text);
  const candidate = withPort ? withPort[1]! : text;
  if (IPV4.test(candidate)) return candidate;
  if (IPV6.test(candidate) && candidate.length <= 45) return candidate.toLowerCase();
  return null;
}

/**
 * The client address: with `trustedHops` proxies in front, the entry the outermost of them
 * appended, that is the `trustedHops`-th from the right. With fewer entries than proxies the
 * leftmost one is used (every entry present was appended by a trusted proxy). No proxies
 * trusted, no usable header, or an entry that is not an address: the socket's address.
 */
export function clientAddress(input: { forwardedFor: string | undefined; socketAddress: string | null | undefined; trustedHops: number }): string | null {
  const socket = input.socketAddress ?? null;
  if (input.trustedHops <= 0 || !input.forwardedFor) return socket;
  const entries = input.forwardedFor.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) return socket;
  const chosen = entries[Math.max(0, entries.length - input.trustedHops)]!;
  return normaliseAddress(chosen) ?? socket;
}
