/**
 * Passkeys (WebAuthn) through @simplewebauthn/server, which uses WebCrypto and so runs the
 * same on Node and on Workers. This module knows the ceremonies; the store keeps credentials
 * and single-use challenges; the routes tie them to sessions, throttling and the audit log.
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
// zod's tree-shakable "mini" build: the full build would add ~440 KB to the Workers bundle.
import * as z from 'zod/mini';
import { base64url } from './crypto';

/**
 * The library and its certificate and CBOR dependencies, loaded at the first ceremony rather
 * than at start: about 11 MiB of resident memory on Node that the public side never uses
 * (BENCHMARKS.md). esbuild and wrangler put it in the same bundle all the same.
 */
let library: Promise<typeof import('@simplewebauthn/server')> | null = null;
const simpleWebAuthn = () => (library ??= import('@simplewebauthn/server'));

/** A challenge is good for one ceremony within five minutes. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/** ES256 (every platform authenticator and security key), EdDSA, RS256 (Windows Hello). */
const ALGORITHMS = [-7, -8, -257];

export interface RelyingParty {
  /** The host name passkeys are bound to. */
  id: string;
  /** The origin the browser must report in clientDataJSON. */
  origin: string;
  name: string;
}

/**
 * The relying party comes from the console's public address: the configured PUBLIC_URL,
 * else the public URL in the site settings, else the origin the request came to.
 *
 * Why the public URL first: a passkey is bound to its rpID for good. The public URL is the
 * address admins are given and the one the csrf check already trusts; the request URL can
 * differ behind a proxy (http://127.0.0.1:3000 inside, https://status.example.org outside),
 * which would bind passkeys to an address nobody types. The request's origin is only the
 * fallback for an installation with no public URL at all (no settings saved yet).
 * Rejected: accepting several origins, which would let passkeys registered on an internal
 * address silently stop working once the site is reached by its real name.
 */
export function relyingParty(urls: { configured: string | null; site: string | null; request: string }): RelyingParty {
  const base = new URL(urls.configured ?? urls.site ?? urls.request);
  return { id: base.hostname, origin: base.origin, name: base.hostname };
}

/**
 * The user handle stored in the passkey: the account's numeric id, which is neither personal
 * data nor reused (ids autoincrement). Returned by the authenticator on sign-in.
 */
export function userHandleOf(userId: number): string {
  return base64url.encode(new TextEncoder().encode(String(userId)));
}

export async function registrationOptions(
  rp: RelyingParty,
  user: { id: number; username: string; displayName: string },
  existing: { id: string; transports: string[] }[],
) {
  const { generateRegistrationOptions } = await simpleWebAuthn();
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.username,
    userDisplayName: user.displayName,
    userID: new TextEncoder().encode(String(user.id)),
    attestationType: 'none',
    excludeCredentials: existing.map(({ id, transports }) => ({ id, transports })),
    // A passkey is a complete sign-in on its own, so it must verify the person (PIN,
    // fingerprint) and be discoverable (sign-in without typing a user name).
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    supportedAlgorithmIDs: ALGORITHMS,
    timeout: CHALLENGE_TTL_MS,
  });
}

export async function authenticationOptions(rp: RelyingParty) {
  const { generateAuthenticationOptions } = await simpleWebAuthn();
  return generateAuthenticationOptions({ rpID: rp.id, userVerification: 'required', timeout: CHALLENGE_TTL_MS });
}

/** base64url of at most `max` characters. */
const b64u = (max: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]*={0,2}$/), z.maxLength(max));

/** What every credential the browser sends has, around its ceremony-specific `response`. */
const credentialFields = {
  id: b64u(1400),
  rawId: b64u(1400),
  type: z.literal('public-key'),
  authenticatorAttachment: z.optional(z.enum(['platform', 'cross-platform'])),
  clientExtensionResults: z._default(z.record(z.string(), z.unknown()), {}),
};

const registrationSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: b64u(10_000),
    attestationObject: b64u(100_000),
    authenticatorData: z.optional(b64u(100_000)),
    transports: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10))),
    publicKeyAlgorithm: z.optional(z.int()),
    publicKey: z.optional(b64u(10_000)),
  }),
});

const authenticationSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: b64u(10_000),
    authenticatorData: b64u(10_000),
    signature: b64u(10_000),
    userHandle: z.optional(b64u(200)),
  }),
});

/** The browser's registration response, if it has the right shape. */
export function parseRegistrationResponse(value: unknown): RegistrationResponseJSON | null {
  const parsed = registrationSchema.safeParse(value);
  return parsed.success ? (parsed.data as RegistrationResponseJSON) : null;
}

/** The browser's sign-in assertion, if it has the right shape. */
export function parseAuthenticationResponse(value: unknown): AuthenticationResponseJSON | null {
  const parsed = authenticationSchema.safeParse(value);
  return parsed.success ? (parsed.data as AuthenticationResponseJSON) : null;
}

/** The challenge the browser signed, read from clientDataJSON, to look up its ceremony. */
export function challengeOf(response: { response: { clientDataJSON: string } }): string | null {
  try {
    const data: unknown = JSON.parse(new TextDecoder().decode(base64url.decode(response.response.clientDataJSON)));
    const challenge = (data as { challenge?: unknown }).challenge;
    return typeof challenge === 'string' && challenge.length <= 200 ? challenge : null;
  } catch {
    return null;
  }
}

export type Verified<T> = ({ ok: true } & T) | { ok: false; reason: string };

function failure(error: unknown): { ok: false; reason: string } {
  return { ok: false, reason: error instanceof Error ? error.message.slice(0, 200) : 'invalid' };
}

export interface NewCredential {
  id: string;
  publicKey: string;
  counter: number;
  transports: string[];
  deviceType: string;
  backedUp: boolean;
}

export async function verifyRegistration(
  rp: RelyingParty,
  response: RegistrationResponseJSON,
  challenge: string,
): Promise<Verified<{ credential: NewCredential }>> {
  try {
    const { verifyRegistrationResponse } = await simpleWebAuthn();
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      supportedAlgorithmIDs: ALGORITHMS,
    });
    if (!result.verified) return { ok: false, reason: 'not-verified' };
    const { credential, credentialDeviceType, credentialBackedUp } = result.registrationInfo;
    return {
      ok: true,
      credential: {
        id: credential.id,
        publicKey: base64url.encode(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? response.response.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
      },
    };
  } catch (error) {
    return failure(error);
  }
}

export async function verifyAssertion(
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
  challenge: string,
  stored: { id: string; publicKey: string; counter: number; transports: string[] },
): Promise<Verified<{ counter: number; backedUp: boolean }>> {
  try {
    const { verifyAuthenticationResponse } = await simpleWebAuthn();
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      credential: {
        id: stored.id,
        publicKey: base64url.decode(stored.publicKey) as Uint8Array<ArrayBuffer>,
        counter: stored.counter,
        transports: stored.transports,
      },
    });
    if (!result.verified) return { ok: false, reason: 'not-verified' };
    return { ok: true, counter: result.authenticationInfo.newCounter, backedUp: result.authenticationInfo.credentialBackedUp };
  } catch (error) {
    return failure(error);
  }
}
