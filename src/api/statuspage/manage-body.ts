/**
 * The body of a manage request. Statuspage's API takes JSON and, as in its own curl examples
 * (`-d "component[status]=major_outage"`), form fields with brackets; scripts written from
 * those examples send the latter, so both are read into the same object. A form field is
 * `a[b][c]=v` (nested objects) or `a[b][]=v` (a list); everything is a string except
 * `backfilled`, the one boolean we check.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { ApiWriteError, readJsonBody, WRITE_BODY_LIMIT_BYTES } from '../write/errors';

const FORM = 'application/x-www-form-urlencoded';
const FIELD = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;
/** Never a key of a plain object we build (prototype pollution). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const BOOLEAN_FIELDS = new Set(['backfilled']);

type Tree = { [key: string]: Tree | Tree[] | string | string[] | boolean };

function assign(tree: Tree, path: string[], value: string): void {
  let node: Tree = tree;
  for (const [index, key] of path.entries()) {
    const last = index === path.length - 1;
    const next = path[index + 1];
    if (last) {
      node[key] = BOOLEAN_FIELDS.has(key) && (value === 'true' || value === 'false') ? value === 'true' : value;
      return;
    }
    if (next === '') {
      // `key[]`: a list of strings (the last part); deeper lists are not Statuspage's.
      const list = Array.isArray(node[key]) ? (node[key] as string[]) : [];
      list.push(value);
      node[key] = list;
      return;
    }
    const child = node[key];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) node[key] = {};
    node = node[key] as Tree;
  }
}

/** Bracketed form fields as the object the JSON body would be. */
export function formFieldsAsObject(fields: Iterable<[string, string]>): Tree {
  const tree: Tree = {};
  for (const [name, value] of fields) {
    const match = FIELD.exec(name);
    if (!match) continue;
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1]!)];
    if (path.some((key) => FORBIDDEN.has(key)) || path.slice(0, -1).includes('')) continue;
    assign(tree, path, value);
  }
  return tree;
}

export async function readManageBody(c: Context<AppEnv>): Promise<unknown> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== FORM) return readJsonBody(c);
  const declared = Number(c.req.header('Content-Length'));
  if (Number.isFinite(declared) && declared > WRITE_BODY_LIMIT_BYTES)
    throw new ApiWriteError(413, 'too-large', `The body is larger than ${WRITE_BODY_LIMIT_BYTES / 1024} KiB.`);
  // Already read (and a malformed one refused) by src/http/request-body.ts; Hono keeps it.
  const form = await c.req.formData();
  const fields: [string, string][] = [];
  for (const [name, value] of form.entries()) if (typeof value === 'string') fields.push([name, value]);
  return formFieldsAsObject(fields);
}
