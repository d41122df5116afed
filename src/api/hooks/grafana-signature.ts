/**
 * Grafana's webhook signature (its contact point's "HMAC Signature" setting): the header
 * `X-Grafana-Alerting-Signature` carries the lowercase hex HMAC-SHA256 of the raw body under
 * the shared secret. When the contact point also names a timestamp header, Grafana puts the
 * Unix time in seconds there and signs `<timestamp>:<body>` instead; we read it from
 * `X-Grafana-Alerting-Timestamp` (the name to configure in Grafana; Grafana has no default)
 * and refuse a time more than five minutes off, so a captured request cannot be replayed later.
 * Web Crypto's verify compares in constant time and runs on Node and Workers alike.
 */

export const SIGNATURE_HEADER = 'X-Grafana-Alerting-Signature';
export const TIMESTAMP_HEADER = 'X-Grafana-Alerting-Timestamp';
export const TIMESTAMP_TOLERANCE_SECONDS = 300;

function hexBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return null;
  const bytes = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export async function verifyGrafanaSignature(
  secret: string,
  body: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  now: Date,
): Promise<SignatureCheck> {
  if (!headers.signature) return { ok: false, reason: `The request is not signed: ${SIGNATURE_HEADER} is missing.` };
  const signature = hexBytes(headers.signature.trim());
  if (!signature) return { ok: false, reason: `${SIGNATURE_HEADER} is not a hex HMAC-SHA256.` };
  let signed = body;
  if (headers.timestamp !== undefined) {
    const seconds = Number(headers.timestamp.trim());
    if (!Number.isInteger(seconds) || Math.abs(now.getTime() / 1000 - seconds) > TIMESTAMP_TOLERANCE_SECONDS)
      return { ok: false, reason: `${TIMESTAMP_HEADER} is not within ${TIMESTAMP_TOLERANCE_SECONDS / 60} minutes of our clock.` };
    signed = `${headers.timestamp.trim()}:${body}`;
  }
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const valid = await crypto.subtle.verify('HMAC', key, signature, encoder.encode(signed));
  return valid ? { ok: true } : { ok: false, reason: `${SIGNATURE_HEADER} does not match the body.` };
}

/** What Grafana sends, for tests and for checking a setup by hand. */
export async function signGrafanaBody(secret: string, body: string, timestamp?: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(timestamp === undefined ? body : `${timestamp}:${body}`));
  return [...new Uint8Array(mac)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
