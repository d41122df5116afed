/**
 * A software authenticator for tests: what a phone or security key does during WebAuthn
 * registration and sign-in, with WebCrypto and real bytes, so the server's verification by
 * @simplewebauthn/server runs unchanged.
 *
 * - Keys: ES256 (ECDSA P-256 with SHA-256).
 * - Registration: attestation format "none"; authenticatorData = SHA-256(rpId) ‖ flags
 *   (UP|UV|AT) ‖ counter ‖ AAGUID ‖ credential id length ‖ credential id ‖ COSE public key.
 * - Sign-in: authenticatorData ‖ SHA-256(clientDataJSON) signed, the signature DER-encoded as
 *   WebAuthn requires (WebCrypto gives the raw r ‖ s form).
 */
import { encodeCBOR, type CBORType } from '@levischuck/tiny-cbor';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from '@oslojs/encoding';

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

const b64u = (bytes: Uint8Array) => encodeBase64urlNoPadding(bytes);
const fromB64u = (text: string) => decodeBase64urlIgnorePadding(text);

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function uint32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

function uint16(value: number): Uint8Array {
  const out = new Uint8Array(2);
  new DataView(out.buffer).setUint16(0, value);
  return out;
}

/** One ASN.1 INTEGER from an unsigned big-endian number: minimal, and positive. */
function derInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  let value: Uint8Array = bytes.slice(start);
  if (value[0]! & 0x80) value = concat(new Uint8Array([0]), value);
  return concat(new Uint8Array([0x02, value.length]), value);
}

/** WebCrypto's r ‖ s (IEEE P1363) as DER: SEQUENCE { INTEGER r, INTEGER s }. */
export function derSignature(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  const body = concat(derInteger(raw.slice(0, half)), derInteger(raw.slice(half)));
  return concat(new Uint8Array([0x30, body.length]), body);
}

export interface SoftwareCredential {
  id: Uint8Array;
  rpId: string;
  /** The user handle the relying party gave at registration (base64url). */
  userHandle: string;
  keys: CryptoKeyPair;
  counter: number;
}

export interface CeremonyOverrides {
  /** Report this origin instead of the real one (a phishing site). */
  origin?: string;
  /** Sign this challenge instead of the one in the options (a replayed response). */
  challenge?: string;
  /** Flags to set instead of UP|UV (|AT). */
  flags?: number;
}

export class SoftwareAuthenticator {
  readonly credentials: SoftwareCredential[] = [];
  /** Every authenticator model has an AAGUID; all zero means "not saying", as for "none". */
  private readonly aaguid = new Uint8Array(16);

  /** Creates a credential for the options the server sent, as navigator.credentials.create() does. */
  async register(options: PublicKeyCredentialCreationOptionsJSON, origin: string, overrides: CeremonyOverrides = {}): Promise<RegistrationResponseJSON> {
    if (!options.pubKeyCredParams.some((param) => param.alg === -7)) throw new Error('the server does not accept ES256');
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const id = crypto.getRandomValues(new Uint8Array(32));
    const credential: SoftwareCredential = { id, rpId: options.rp.id!, userHandle: options.user.id, keys, counter: 0 };

    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
    const coseKey = encodeCBOR(
      new Map<number, CBORType>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, raw.slice(1, 33)], // x
        [-3, raw.slice(33, 65)], // y
      ]),
    );
    const flags = overrides.flags ?? FLAG_USER_PRESENT | FLAG_USER_VERIFIED | FLAG_ATTESTED_CREDENTIAL;
    const authData = concat(
      await sha256(new TextEncoder().encode(credential.rpId)),
      new Uint8Array([flags]),
      uint32(credential.counter),
      this.aaguid,
      uint16(id.length),
      id,
      coseKey,
    );
    const attestationObject = encodeCBOR(
      new Map<string, CBORType>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, CBORType>()],
        ['authData', authData],
      ]),
    );
    const clientDataJSON = new TextEncoder().encode(
      JSON.stringify({ type: 'webauthn.create', challenge: overrides.challenge ?? options.challenge, origin: overrides.origin ?? origin, crossOrigin: false }),
    );
    this.credentials.push(credential);
    return {
      id: b64u(id),
      rawId: b64u(id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: { clientDataJSON: b64u(clientDataJSON), attestationObject: b64u(attestationObject), transports: ['internal'] },
    };
  }

  /**
   * Signs in, as navigator.credentials.get() does: with the credential the options allow, or
   * this authenticator's first one for the relying party (a discoverable credential).
   */
  async authenticate(
    options: PublicKeyCredentialRequestOptionsJSON,
    origin: string,
    overrides: CeremonyOverrides & { credential?: SoftwareCredential; userHandle?: string; credentialId?: Uint8Array } = {},
  ): Promise<AuthenticationResponseJSON> {
    const allowed = options.allowCredentials?.map((entry) => entry.id) ?? [];
    const credential =
      overrides.credential ??
      this.credentials.find((entry) => entry.rpId === options.rpId && (allowed.length === 0 || allowed.includes(b64u(entry.id))));
    if (!credential) throw new Error('NotAllowedError: no credential for this relying party');
    credential.counter += 1;
    const flags = overrides.flags ?? FLAG_USER_PRESENT | FLAG_USER_VERIFIED;
    const authData = concat(await sha256(new TextEncoder().encode(options.rpId ?? credential.rpId)), new Uint8Array([flags]), uint32(credential.counter));
    const clientDataJSON = new TextEncoder().encode(
      JSON.stringify({ type: 'webauthn.get', challenge: overrides.challenge ?? options.challenge, origin: overrides.origin ?? origin, crossOrigin: false }),
    );
    const signed = concat(authData, await sha256(clientDataJSON));
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, credential.keys.privateKey, signed as Uint8Array<ArrayBuffer>));
    const id = overrides.credentialId ?? credential.id;
    return {
      id: b64u(id),
      rawId: b64u(id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64u(clientDataJSON),
        authenticatorData: b64u(authData),
        signature: b64u(derSignature(raw)),
        userHandle: overrides.userHandle ?? credential.userHandle,
      },
    };
  }
}

export { fromB64u as decodeBase64url };
