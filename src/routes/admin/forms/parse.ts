/**
 * Reading a posted console form with its schema (docs/decisions/0028-one-form-layer.md): the
 * body as the browser sent it, nested by the dots in the field names (`texts.sv.name` →
 * `{ texts: { sv: { name } } }`), run through the form's zod schema, which turns it into store
 * input or messages. Because the nesting follows the names, an issue's path joined with dots
 * is the name of the field it belongs next to.
 *
 * Text fields clean what was typed (./fields.ts `text`) and say which raw values lost
 * characters; after a successful parse those become field names in the request's set of
 * cleaned fields (../form-text.ts), so the saved page can say so.
 */
import type { z } from 'zod';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import type { AdminMessages } from '../../../i18n/admin';
import type { AdminContext } from '../env';
import { cleanedFields } from '../form-text';

/** A posted form: the values as sent (a string, a file, or several of them), nested by the dots in the names. */
export type FormBody = { [name: string]: FormValue };
export type FormValue = string | File | (string | File)[] | FormBody;

/** What every field type of a form needs: the admin's words, and where cleaned text is noted. */
export interface FormKit {
  t: AdminMessages;
  /** Called by text fields with the raw value they removed characters from. */
  noteCleaned(raw: string): void;
}

export type FormResult<T> =
  | { ok: true; value: T; body: FormBody; errors: FieldErrors }
  | { ok: false; body: FormBody; errors: FieldErrors };

/** A name segment that would reach an object's prototype: such fields are ignored. */
const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

function isGroup(value: unknown): value is FormBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof File);
}

/**
 * Nests flat field names by their dots. A name that collides with another (`a` sent as a value
 * and `a.b` too) keeps the first one; a name with an empty or unsafe segment is ignored.
 */
export function nestFields(flat: Record<string, string | File | (string | File)[]>): FormBody {
  const root: FormBody = Object.create(null);
  for (const [name, value] of Object.entries(flat)) {
    const segments = name.split('.');
    if (segments.some((segment) => segment === '' || UNSAFE.has(segment))) continue;
    let group = root;
    let blocked = false;
    for (const segment of segments.slice(0, -1)) {
      const next = group[segment];
      if (next === undefined) group = group[segment] = Object.create(null) as FormBody;
      else if (isGroup(next)) group = next;
      else {
        blocked = true;
        break;
      }
    }
    const last = segments[segments.length - 1]!;
    if (!blocked && group[last] === undefined) group[last] = value;
  }
  return root;
}

/** Flat names and values again (`texts.sv.name` → its strings), for mapping cleaned values back to names. */
function flatStrings(body: FormBody, prefix = ''): [string, string][] {
  return Object.entries(body).flatMap(([key, value]): [string, string][] => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isGroup(value)) return flatStrings(value, name);
    return [value].flat().flatMap((item): [string, string][] => (typeof item === 'string' ? [[name, item]] : []));
  });
}

/** Issues as messages by field name; the first message for a field wins (the most basic one). */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.map(String).join('.');
    errors[name] ??= issue.message;
  }
  return errors;
}

/**
 * Runs a form's schema over a posted body. Pure: the unit tests of every form's schema call
 * this with the body a browser would send. `cleaned` receives the names of the fields whose
 * text lost characters to the cleaning, when the form is accepted.
 */
export function parseFormBody<T>(
  t: AdminMessages,
  flat: Record<string, string | File | (string | File)[]>,
  build: (kit: FormKit) => z.ZodType<T>,
  cleaned?: Set<string>,
): FormResult<T> {
  const body = nestFields(flat);
  const cleanedRaw = new Set<string>();
  const schema = build({ t, noteCleaned: (raw) => cleanedRaw.add(raw) });
  const result = schema.safeParse(body);
  if (!result.success) return { ok: false, body, errors: fieldErrorsOf(result.error.issues) };
  if (cleaned && cleanedRaw.size > 0) {
    for (const [name, value] of flatStrings(body)) if (cleanedRaw.has(value)) cleaned.add(name);
  }
  return { ok: true, value: result.data, body, errors: {} };
}

/** Reads this request's form with its schema (`build` gets the words and the cleaning notes). */
export async function readForm<T>(c: AdminContext, build: (kit: FormKit) => z.ZodType<T>): Promise<FormResult<T>> {
  const flat = (await c.req.parseBody({ all: true })) as Record<string, string | File | (string | File)[]>;
  return parseFormBody(c.var.t, flat, build, cleanedFields(c));
}

/**
 * The values of a small form whose fields cannot be wrong (a version, a hidden direction):
 * such field types never add a message, so there is nothing to show back.
 */
export async function readValues<T>(c: AdminContext, schema: z.ZodType<T>): Promise<T> {
  const form = await readForm(c, () => schema);
  if (!form.ok) throw new Error(`readValues: fields that cannot fail did (${Object.keys(form.errors).join(', ')})`);
  return form.value;
}

/** A field of a posted body as typed (the first value when it was sent twice), or ''. */
export function typed(body: FormBody, name: string): string {
  let value: FormValue | undefined = body;
  for (const segment of name.split('.')) value = isGroup(value) ? value[segment] : undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** Every value of a repeated field as typed (checkboxes sharing a name). */
export function typedAll(body: FormBody, name: string): string[] {
  const value = body[name];
  if (isGroup(value) || value === undefined) return [];
  return [value].flat().filter((item): item is string => typeof item === 'string');
}

/** The fields of a group as typed (`status.<id>` → { id: value }). */
export function typedGroup(body: FormBody, name: string): Record<string, string> {
  const group = body[name];
  if (!isGroup(group)) return {};
  return Object.fromEntries(Object.keys(group).map((key) => [key, typed(group, key)]));
}

export { isGroup };
