/**
 * For the API tests: the Statuspage v2 JSON Schema (./statuspage.schema.json, written from
 * Statuspage's documented shapes) compiled with Ajv and its formats, and reading documents
 * from the app as a client would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { TestContext } from '../helpers/app';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, 'statuspage.schema.json'), 'utf8')) as { $id: string };

export const STATUSPAGE_DOCUMENTS = {
  '/api/v2/summary.json': 'summary.json',
  '/api/v2/status.json': 'status.json',
  '/api/v2/components.json': 'components.json',
  '/api/v2/incidents.json': 'incidents.json',
  '/api/v2/incidents/unresolved.json': 'incidents.json',
  '/api/v2/scheduled-maintenances.json': 'scheduled-maintenances.json',
  '/api/v2/scheduled-maintenances/upcoming.json': 'scheduled-maintenances.json',
  '/api/v2/scheduled-maintenances/active.json': 'scheduled-maintenances.json',
} as const;

export type StatuspagePath = keyof typeof STATUSPAGE_DOCUMENTS;
export const STATUSPAGE_PATHS = Object.keys(STATUSPAGE_DOCUMENTS) as StatuspagePath[];

/** Strict: unknown keywords or formats in the schema are errors, so the schema checks what it says. */
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);
ajv.addSchema(SCHEMA);

/** The schema's errors for `document` read as the named Statuspage document (empty when valid). */
export function statuspageErrors(definition: string, document: unknown): ErrorObject[] {
  const validate = ajv.getSchema(`${SCHEMA.$id}#/$defs/${definition}`);
  if (!validate) throw new Error(`No definition ${definition} in the schema`);
  return validate(document) ? [] : (validate.errors ?? []);
}

export function expectStatuspageDocument(path: StatuspagePath, document: unknown): void {
  const errors = statuspageErrors(STATUSPAGE_DOCUMENTS[path], document);
  expect(errors.map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`), path).toEqual([]);
}

export async function getJson<T = any>(context: Pick<TestContext, 'app'>, path: string, init?: RequestInit): Promise<{ response: Response; body: T }> {
  const response = await context.app.request(path, init);
  expect(response.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
  return { response, body: (await response.json()) as T };
}

/** A v2 document, checked against the schema on the way. */
export async function statuspage<T = any>(context: Pick<TestContext, 'app'>, path: StatuspagePath, query = ''): Promise<T> {
  const { response, body } = await getJson<T>(context, path + query);
  expect(response.status, path).toBe(200);
  expectStatuspageDocument(path, body);
  return body;
}

/** A time as the API must write it: RFC 3339 with an explicit offset and milliseconds. */
export const RFC3339_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/;
