/**
 * Signed subscription links (confirm, manage, unsubscribe): `<purpose>.<id>.<expiry>.<mac>`,
 * where the MAC is HMAC-SHA-256 over the purpose, the subscriber id, the expiry and the
 * subscription's random link key, with the server's subscription secret. Nothing about the
 * link is stored: a link proves itself, and dies with its subscription (the link key) or
 * when it expires. WebCrypto only, so the same on Node and Workers.
 */
import { base64url, timingSafeEqual } from '../../auth/crypto';
import type { LinkPurpose } from '../../domain/subscription';

const encoder = new TextEncoder();
const PURPOSES: readonly LinkPurpose[] = ['confirm', 'manage', 'unsubscribe'];

export interface LinkClaim {
  purpose: LinkPurpose;
  subscriberId: number;
  expiresAt: Date;
}

async function mac(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return base64url.encode(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(payload))));
}

const payloadOf = (claim: LinkClaim, linkKey: string) =>
  `${claim.purpose}.${claim.subscriberId}.${claim.expiresAt.getTime().toString(36)}.${linkKey}`;

export async function signLink(secret: string, claim: LinkClaim, linkKey: string): Promise<string> {
  const signature = await mac(secret, payloadOf(claim, linkKey));
  return `${claim.purpose}.${claim.subscriberId}.${claim.expiresAt.getTime().toString(36)}.${signature}`;
}

/**
 * What a token claims, read without trusting it (to find the subscription whose link key
 * checks it); null when it is not one of our tokens at all.
 */
export function readLinkClaim(token: string): (LinkClaim & { signature: string }) | null {
  const parts = token.split('.');
  if (parts.length !== 4) return null;
  const [purpose, id, expiry, signature] = parts as [string, string, string, string];
  if (!PURPOSES.includes(purpose as LinkPurpose) || !/^[1-9][0-9]{0,15}$/.test(id) || !/^[0-9a-z]{1,12}$/.test(expiry)) return null;
  if (!/^[A-Za-z0-9_-]{43}$/.test(signature)) return null;
  return { purpose: purpose as LinkPurpose, subscriberId: Number(id), expiresAt: new Date(parseInt(expiry, 36)), signature };
}

/** Whether the token was signed for this subscription and is still valid at `now`. */
export async function verifyLink(
  secret: string,
  claim: LinkClaim & { signature: string },
  linkKey: string,
  now: Date,
): Promise<boolean> {
  if (claim.expiresAt <= now) return false;
  return timingSafeEqual(await mac(secret, payloadOf(claim, linkKey)), claim.signature);
}
