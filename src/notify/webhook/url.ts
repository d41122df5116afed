/**
 * Which webhook addresses an admin may register (docs/decisions/0040-outbox-and-delivery.md):
 * https only, and never an address that names this machine or a private network directly
 * (loopback, private, link-local, unique-local, unspecified), so the console cannot be used
 * to make the server call into its own network. A host name that *resolves* to a private
 * address is not caught here (resolving is not runtime-neutral, and on Workers fetch cannot
 * reach private networks anyway). Tests, and only tests, allow plain http to loopback.
 */
export type WebhookUrlProblem = 'format' | 'https' | 'credentials' | 'private-address' | 'too-long';

export class WebhookUrlError extends Error {
  constructor(readonly problem: WebhookUrlProblem) {
    super(`Refused webhook address: ${problem}.`);
  }
}

export const WEBHOOK_URL_MAX = 2_000;

function isPrivateIPv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return (
    a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224
  );
}

function isPrivateIPv6(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (!bare.includes(':')) return false;
  if (bare === '::' || bare === '::1') return true;
  // IPv4-mapped (::ffff:10.0.0.1, or as URL normalises it, ::ffff:a00:1): judge the IPv4 part.
  const mapped = /^::ffff:(.+)$/.exec(bare);
  if (mapped) {
    const tail = mapped[1]!;
    if (tail.includes('.')) return isPrivateIPv4(tail);
    const [high, low] = tail.split(':').map((part) => parseInt(part, 16));
    if (high !== undefined && low !== undefined) return isPrivateIPv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
    return true;
  }
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(bare);
}

const isLoopbackHost = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** The normalised address, or a WebhookUrlError saying what is wrong with it. */
export function checkWebhookUrl(value: string, options: { allowLoopbackHttp?: boolean } = {}): string {
  const trimmed = value.trim();
  if (trimmed.length > WEBHOOK_URL_MAX) throw new WebhookUrlError('too-long');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new WebhookUrlError('format');
  }
  if (url.username || url.password) throw new WebhookUrlError('credentials');
  const host = url.hostname.toLowerCase();
  if (options.allowLoopbackHttp && url.protocol === 'http:' && isLoopbackHost(host)) return url.href;
  if (url.protocol !== 'https:') throw new WebhookUrlError('https');
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateIPv4(host) || isPrivateIPv6(host))
    throw new WebhookUrlError('private-address');
  return url.href;
}
