/**
 * A draft kept through signing in again. A form posted after the session ended (idle limit,
 * another tab signed out) is answered with the sign-in page, which carries what was typed in
 * one hidden field, and the page it was posted to. After the sign-in (password, code step or
 * passkey) the person gets the fields back on a page that posts them, with the new session's
 * token, to that page: they look, and send (never sent by itself, since the form may be stale).
 *
 * Secrets are not carried: passwords, codes and tokens are left out, so a secret never sits
 * in a page's markup. Files (backup restore) cannot be carried in a hidden field either.
 */
import type { AdminContext } from './env';
import { safeNext } from './render';

export type KeptField = readonly [name: string, value: string];

export interface KeptDraft {
  /** The page the form was posted to: a path inside the console (safeNext). */
  target: string;
  fields: KeptField[];
}

/** Field names never carried: the form's token, passwords, TOTP and recovery codes. */
const SECRET = /^_csrf$|password|passwd|secret|token|code|otp/i;
const MAX_FIELDS = 400;
const MAX_NAME = 200;
/** Generous for the longest form (an incident in several languages); refuses a stuffed field. */
const MAX_CHARACTERS = 400_000;

/** Where the request was going, if it is a path inside the console; otherwise null. */
export function keptTarget(url: string): string | null {
  const { pathname, search } = new URL(url);
  const target = pathname + search;
  return safeNext(target) === target ? target : null;
}

function withinLimits(fields: KeptField[]): boolean {
  let characters = 0;
  for (const [name, value] of fields) characters += name.length + value.length;
  return fields.length <= MAX_FIELDS && characters <= MAX_CHARACTERS && fields.every(([name]) => name.length <= MAX_NAME);
}

/** The draft in a posted form (urlencoded or multipart), or null when there is none to keep. */
export async function draftFromRequest(c: AdminContext): Promise<KeptDraft | null> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.includes('form')) return null;
  const target = keptTarget(c.req.url);
  if (!target) return null;
  const body = await c.req.parseBody({ all: true });
  const fields: KeptField[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (SECRET.test(name)) continue;
    for (const item of [value].flat()) if (typeof item === 'string') fields.push([name, item]);
  }
  return withinLimits(fields) ? { target, fields } : null;
}

/** The hidden field's value: JSON, which the page escapes like any attribute. */
export function serialiseDraft(draft: KeptDraft): string {
  return JSON.stringify({ target: draft.target, fields: draft.fields });
}

/** A draft sent back by a sign-in form, checked again: a tampered field is dropped, not trusted. */
export function parseDraft(value: unknown): KeptDraft | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_CHARACTERS * 2) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { target, fields } = parsed as { target?: unknown; fields?: unknown };
  if (typeof target !== 'string' || safeNext(target) !== target || !Array.isArray(fields)) return null;
  const kept: KeptField[] = [];
  for (const field of fields) {
    if (!Array.isArray(field) || field.length !== 2 || typeof field[0] !== 'string' || typeof field[1] !== 'string') return null;
    if (SECRET.test(field[0])) continue;
    kept.push([field[0], field[1]]);
  }
  return withinLimits(kept) ? { target, fields: kept } : null;
}

/**
 * Which kept fields the person sees as text to read and edit: what they typed (words, with
 * spaces or longer than an identifier). Ids, versions, choices and checkboxes stay hidden:
 * editing them would only break the form.
 */
export function isTypedText(value: string): boolean {
  return value.length > 40 || /[^\w.:-]/.test(value);
}
