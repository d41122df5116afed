/**
 * The token layer of the write API: who may write (401 without a usable token, 403 without the
 * scope, both with the JSON error body), the OAuth scheme Statuspage tooling sends, the rate
 * limit (429 with Retry-After), last use recorded at most once a minute, and every write in the
 * audit log under the token's name. Exercised through a real endpoint (setting a status).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiTokens } from '../../src/db/schema';
import { RATE_LIMIT } from '../../src/api/write/rate-limit';
import { listAudit } from '../../src/store/audit';
import { createToken, listTokens, revokeToken } from '../../src/store/api-tokens';
import { bearer, issueApiToken } from '../helpers/api-tokens';
import { createTestApp, type TestContext } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';

const ADMIN = { userId: null, username: 'anna', ip: null };

async function withService(context: TestContext) {
  const groupId = await makeGroup(context.db, context.clock);
  return makeService(context.db, context.clock, { groupId, slug: 'mina-sidor' });
}

function setStatus(context: TestContext, headers: Record<string, string>, status = 'down') {
  return context.app.request('/api/v1/services/mina-sidor/status', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ status, note: { sv: 'Inloggningen fungerar inte.' } }),
  });
}

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await response.json()) as { error: { code: string; message: string; field?: string } }).error;
}

describe('write API tokens', () => {
  it('refuses a request without a token: 401, WWW-Authenticate: Bearer, a JSON error', async () => {
    const context = await createTestApp();
    await withService(context);
    const response = await setStatus(context, {});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect((await errorOf(response)).code).toBe('unauthorized');
  });

  it('refuses an unknown, an expired and a revoked token with 401', async () => {
    const context = await createTestApp();
    await withService(context);
    expect((await setStatus(context, bearer('sptok_not-a-real-token'))).status).toBe(401);

    const expiring = await issueApiToken(context, { scopes: ['status:write'], expiresAt: new Date(context.clock.now().getTime() + 60_000) });
    expect((await setStatus(context, bearer(expiring))).status).toBe(200);
    context.clock.advance(61_000);
    const expired = await setStatus(context, bearer(expiring), 'degraded');
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('invalid_token');

    const revoked = await issueApiToken(context, { scopes: ['status:write'], name: 'to-revoke' });
    await revokeToken(context.db, context.clock, { name: 'to-revoke' }, ADMIN);
    expect((await setStatus(context, bearer(revoked))).status).toBe(401);
  });

  it('refuses a token without the scope with 403, and writes nothing', async () => {
    const context = await createTestApp();
    await withService(context);
    const token = await issueApiToken(context, { scopes: ['read', 'updates:write'] });
    const response = await setStatus(context, bearer(token));
    expect(response.status).toBe(403);
    const error = await errorOf(response);
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('status:write');
    const page = await (await context.app.request('/api/v1/services/mina-sidor')).json();
    expect(page.service.status).toBe('operational');
  });

  it('accepts Authorization: OAuth <token>, as Statuspage clients send it', async () => {
    const context = await createTestApp();
    await withService(context);
    const token = await issueApiToken(context, { scopes: ['status:write'] });
    const response = await setStatus(context, { Authorization: `OAuth ${token}` });
    expect(response.status).toBe(200);
  });

  it('rate-limits per token: a burst passes, then 429 with Retry-After; other tokens are not held back', async () => {
    const context = await createTestApp();
    await withService(context);
    const busy = await issueApiToken(context, { scopes: ['read'] });
    const other = await issueApiToken(context, { scopes: ['read'] });
    // A token without the scope is counted too (it is the same caller), and answers fast.
    for (let i = 0; i < RATE_LIMIT.burst; i++) expect((await setStatus(context, bearer(busy))).status).toBe(403);
    const limited = await setStatus(context, bearer(busy));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(limited)).code).toBe('rate-limited');
    expect((await setStatus(context, bearer(other))).status).toBe(403);
    context.clock.advance(Number(limited.headers.get('retry-after')) * 1000);
    expect((await setStatus(context, bearer(busy))).status).toBe(403);
  });

  it('audits every write under the token’s name, and notes the last use at most once a minute', async () => {
    const context = await createTestApp();
    await withService(context);
    const token = await issueApiToken(context, { scopes: ['status:write'], name: 'zabbix' });
    expect((await setStatus(context, bearer(token))).status).toBe(200);
    const entries = await listAudit(context.db, { action: 'update.publish' });
    expect(entries.map((entry) => entry.username)).toEqual(['token:zabbix']);
    expect(entries[0]!.ip).toBe('192.0.2.1');

    const firstUse = context.clock.now().getTime();
    context.clock.advance(30_000);
    await setStatus(context, bearer(token), 'degraded');
    const [row] = await listTokens(context.db);
    expect(row!.lastUsedAt!.getTime()).toBe(firstUse);
    context.clock.advance(31_000);
    await setStatus(context, bearer(token), 'down');
    expect((await listTokens(context.db))[0]!.lastUsedAt!.getTime()).toBe(firstUse + 61_000);
  });

  it('keeps only the hash: the secret is shown once and cannot be read back', async () => {
    const context = await createTestApp();
    const { token, secret } = await createToken(context.db, context.clock, { name: 'Grafana', scopes: ['hooks', 'read'] }, ADMIN);
    expect(token.name).toBe('grafana');
    expect(token.scopes).toEqual(['read', 'hooks']);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const stored = await context.db.select().from(apiTokens).where(eq(apiTokens.id, token.id)).get();
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(await listTokens(context.db))).not.toContain(stored!.tokenHash);
    const audit = await listAudit(context.db, { action: 'api-token' });
    expect(audit.map((entry) => [entry.action, entry.username])).toEqual([['api-token.create', 'anna']]);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('refuses a bad name, an unknown scope and a taken name', async () => {
    const context = await createTestApp();
    const make = (name: string, scopes: string[]) => createToken(context.db, context.clock, { name, scopes }, ADMIN);
    await expect(make('a', ['read'])).rejects.toMatchObject({ code: 'token-name-format', field: 'name' });
    await expect(make('ok-name', ['write'])).rejects.toMatchObject({ code: 'unknown-choice', field: 'scopes' });
    await expect(make('ok-name', [])).rejects.toMatchObject({ code: 'required', field: 'scopes' });
    await make('ok-name', ['read']);
    await expect(make('OK-name', ['read'])).rejects.toMatchObject({ code: 'token-name-taken', field: 'name' });
  });
});
