/** For the write API tests: a site with services, a token, and requests as a script sends them. */
import type { ApiScope } from '../../src/domain/api-scopes';
import { bearer, issueApiToken } from '../helpers/api-tokens';
import { createTestApp, type TestContext } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';

export interface WriteContext extends TestContext {
  token: string;
  services: Record<'minaSidor' | 'eTjanst', { id: number; slug: string }>;
  send(method: string, path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function writeContext(scopes: readonly ApiScope[] = ['status:write', 'updates:write'], options: { now?: string } = {}): Promise<WriteContext> {
  const context = await createTestApp({ now: options.now });
  const groupId = await makeGroup(context.db, context.clock);
  const minaSidor = await makeService(context.db, context.clock, { groupId, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  const eTjanst = await makeService(context.db, context.clock, { groupId, slug: 'e-tjanst', sv: { name: 'E-tjänst' } });
  const token = await issueApiToken(context, { scopes, name: 'script' });
  return {
    ...context,
    token,
    services: { minaSidor, eTjanst },
    send: async (method, path, body, headers = {}) =>
      context.app.request(path, {
        method,
        headers: bearer(token, headers),
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

export async function errorOf(response: Response): Promise<{ code: string; message: string; field?: string }> {
  return ((await response.json()) as { error: { code: string; message: string; field?: string } }).error;
}

export async function serviceDocument(context: TestContext, slug: string, lang = 'sv') {
  return (await (await context.app.request(`/api/v1/services/${slug}?lang=${lang}`)).json()) as {
    service: { status: string };
    incidents: { slug: string }[];
  };
}
