/** Small WebCrypto helpers, identical on Node and Workers. */
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from '@oslojs/encoding';

const encoder = new TextEncoder();

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A random token for cookies and CSRF: 32 bytes, base64url. */
export function randomToken(bytes = 32): string {
  return encodeBase64urlNoPadding(randomBytes(bytes));
}

export async function sha256Base64url(text: string): Promise<string> {
  return encodeBase64urlNoPadding(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

/** Compares two strings without leaking where they differ through timing. */
export function timingSafeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let difference = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++) difference |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}

export const base64url = {
  encode: (bytes: Uint8Array) => encodeBase64urlNoPadding(bytes),
  decode: (text: string) => decodeBase64urlIgnorePadding(text),
};
