/**
 * /api/openapi.json: a valid OpenAPI 3.1 document (checked by @readme/openapi-parser), that
 * describes every address the API serves, and whose schemas every actual answer validates
 * against (Ajv, JSON Schema 2020-12, the dialect of OpenAPI 3.1), the error answers too.
 */
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  MONITOR_HOOK_ENDPOINTS,
  NATIVE_ENDPOINTS,
  NATIVE_WRITE_ENDPOINTS,
  STATUSPAGE_ENDPOINTS,
  STATUSPAGE_MANAGE_ENDPOINTS,
} from '../../src/api/endpoints';
import { createTestApp, type TestContext } from '../helpers/app';
import { bearer, issueApiToken } from '../helpers/api-tokens';
import { getJson } from './helpers';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Partial<Record<'get' | 'post' | 'patch' | 'put', { security?: Record<string, string[]>[]; description?: string; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>>;
  components: { schemas: Record<string, unknown> };
}

/** The schema of a path's answer with `status`, as a validator against the whole document. */
function responseValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const id = 'https://status.example.org/api/openapi.json';
  ajv.addSchema({ ...document, $id: id });
  return (path: string, status: string, method = 'get') => {
    const segment = (value: string) => encodeURIComponent(value.replaceAll('~', '~0').replaceAll('/', '~1'));
    const pointer = ['paths', path, method, 'responses', status, 'content', 'application/json', 'schema'].map(segment).join('/');
    const validate = ajv.getSchema(`${id}#/${pointer}`);
    if (!validate) throw new Error(`No schema for ${status} of ${path}`);
    return validate;
  };
}

/** A real address for each path of the document (a slug from the example for templates). */
const EXAMPLE_SLUGS: Record<string, string> = {
  '/api/v1/services/{slug}': '/api/v1/services/vatten-och-avfallsfakturor',
  '/api/v1/incidents/{slug}': '/api/v1/incidents/it-angrepp',
};

async function openapiOf(context: TestContext): Promise<OpenApiDocument> {
  const { response, body } = await getJson<OpenApiDocument>(context, '/api/openapi.json');
  expect(response.status).toBe(200);
  return body;
}

describe('/api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = await openapiOf(await createTestApp({ seed: 'example' }));
    expect(document.openapi).toBe('3.1.0');
    const result = await validateOpenApi(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes exactly the addresses the API serves', async () => {
    const document = await openapiOf(await createTestApp({ seed: 'example' }));
    const paths = new Set(
      [...STATUSPAGE_ENDPOINTS, ...NATIVE_ENDPOINTS, ...NATIVE_WRITE_ENDPOINTS, ...MONITOR_HOOK_ENDPOINTS, ...STATUSPAGE_MANAGE_ENDPOINTS].map(
        (endpoint) => endpoint.path,
      ),
    );
    expect(Object.keys(document.paths).sort()).toEqual([...paths].sort());
    for (const write of [...NATIVE_WRITE_ENDPOINTS, ...MONITOR_HOOK_ENDPOINTS, ...STATUSPAGE_MANAGE_ENDPOINTS]) {
      expect(document.paths[write.path]![write.method]!.security, `${write.method} ${write.path}`).toEqual([{ apiToken: [write.scope] }]);
    }
  });

  it('has a schema every answer validates against, over the example, in both languages, 404s and 400s included', async () => {
    const context = await createTestApp({ seed: 'example' });
    const document = await openapiOf(context);
    const validatorFor = responseValidator(document);
    // The public documents: the manage shape's reads need a token and a page id.
    for (const path of Object.keys(document.paths).filter((path) => document.paths[path]!.get && !document.paths[path]!.get.security)) {
      for (const query of ['', '?lang=en']) {
        const address = (EXAMPLE_SLUGS[path] ?? path) + query;
        const { response, body } = await getJson(context, address);
        expect(response.status, address).toBe(200);
        const validate = validatorFor(path, '200');
        expect(validate(body) ? [] : validate.errors, address).toEqual([]);
      }
      const refused = await getJson(context, `${EXAMPLE_SLUGS[path] ?? path}?lang=xx`);
      expect(refused.response.status).toBe(400);
      expect(validatorFor(path, '400')(refused.body), path).toBe(true);
    }
    for (const path of ['/api/v1/services/{slug}', '/api/v1/incidents/{slug}']) {
      const missing = await getJson(context, path.replace('{slug}', 'finns-inte'));
      expect(missing.response.status).toBe(404);
      expect(validatorFor(path, '404')(missing.body), path).toBe(true);
    }
    expect(context.errors).toEqual([]);
  });

  it('has schemas that can fail: an answer with a wrong enum or a missing field does not validate', async () => {
    const context = await createTestApp({ seed: 'example' });
    const validate = responseValidator(await openapiOf(context))('/api/v1/services', '200');
    const { body } = await getJson(context, '/api/v1/services');
    expect(validate(body)).toBe(true);
    const wrongStatus = structuredClone(body);
    wrongStatus.services[0].status = 'broken';
    expect(validate(wrongStatus)).toBe(false);
    const missing = structuredClone(body);
    delete missing.services[0].what_to_do_instead;
    expect(validate(missing)).toBe(false);
  });

  it('describes the write endpoints’ answers: a success and each refusal validate against their schemas', async () => {
    const context = await createTestApp({ seed: 'example' });
    const validatorFor = responseValidator(await openapiOf(context));
    const token = await issueApiToken(context, { scopes: ['status:write'] });
    const path = '/api/v1/services/{slug}/status';
    const send = (headers: Record<string, string>, body: string) =>
      context.app.request('/api/v1/services/vatten-och-avfallsfakturor/status', { method: 'POST', headers, body });
    const answers: [Response, string][] = [
      [await send(bearer(token), JSON.stringify({ status: 'down', note: { sv: 'Nere.' } })), '200'],
      [await send({}, '{}'), '401'],
      [await send(bearer(token), '{"status":'), '400'],
      [await send(bearer(token), JSON.stringify({ status: 'broken', note: { sv: 'x' } })), '422'],
    ];
    for (const [response, status] of answers) {
      expect(String(response.status)).toBe(status);
      const validate = validatorFor(path, status, 'post');
      const body = await response.json();
      expect(validate(body) ? [] : validate.errors, status).toEqual([]);
    }
    const wrong = validatorFor(path, '422', 'post');
    expect(wrong({ error: { message: 'no code' } })).toBe(false);
  });

  it('describes the monitor hooks and the Statuspage manage shape: scope, body, refusals, and real answers validate', async () => {
    const context = await createTestApp({ seed: 'example' });
    const document = await openapiOf(context);
    for (const endpoint of [...MONITOR_HOOK_ENDPOINTS, ...STATUSPAGE_MANAGE_ENDPOINTS]) {
      const operation = document.paths[endpoint.path]![endpoint.method]!;
      const name = `${endpoint.method} ${endpoint.path}`;
      expect(operation.description, name).toContain(`\`${endpoint.scope}\``);
      expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(['400', '401', '403', '404', '413', '422', '429']));
      if (endpoint.path.startsWith('/api/statuspage/')) expect(operation.description, name).toContain('OAuth <token>');
      const hasBody = endpoint.method !== 'get' && !endpoint.path.includes('heartbeat');
      expect(operation.requestBody?.content['application/json']?.schema !== undefined, name).toBe(hasBody);
    }
    const validatorFor = responseValidator(document);
    const token = await issueApiToken(context, { scopes: ['hooks', 'read', 'status:write'] });
    const post = (path: string, body: unknown, headers: Record<string, string> = bearer(token)) =>
      context.app.request(path, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const hook = '/api/v1/hooks/alertmanager';
    const answers: [Response, string, string, string][] = [
      [await post(hook, { version: '4', status: 'firing', alerts: [] }), hook, '200', 'post'],
      [await post(hook, { version: '3', status: 'firing', alerts: [] }), hook, '422', 'post'],
      [await post(hook, { version: '4', status: 'firing', alerts: [] }, {}), hook, '401', 'post'],
    ];
    const manage = '/api/statuspage/v1/pages/{page_id}/components';
    const oauth = { Authorization: `OAuth ${token}` };
    answers.push([await context.app.request('/api/statuspage/v1/pages/status.example.org/components', { headers: oauth }), manage, '200', 'get']);
    answers.push([await context.app.request('/api/statuspage/v1/pages/elsewhere.example/components', { headers: oauth }), manage, '404', 'get']);
    const component = `${manage}/{component_id}`;
    const patch = await context.app.request('/api/statuspage/v1/pages/status.example.org/components/service-vatten-och-avfallsfakturor', {
      method: 'PATCH',
      headers: { ...oauth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ component: { status: 'broken' } }),
    });
    answers.push([patch, component, '422', 'patch']);
    for (const [response, path, status, method] of answers) {
      expect(String(response.status), `${method} ${path}`).toBe(status);
      const validate = validatorFor(path, status, method);
      const body = await response.json();
      expect(validate(body) ? [] : validate.errors, `${method} ${path} ${status}`).toEqual([]);
    }
    expect(validatorFor(component, '200', 'patch')({ id: 1 })).toBe(false);
  });

  it('answers conditional requests with 304', async () => {
    const context = await createTestApp({ seed: 'none' });
    const first = await context.app.request('/api/openapi.json');
    const again = await context.app.request('/api/openapi.json', { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
