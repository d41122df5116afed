/**
 * The write API inside workerd, on a database reached over HTTP as on Cloudflare: a token
 * authenticates (hashing with WebCrypto), a status is set and read back, a body over 1 MB is a
 * 413 (counted from the request stream), and the per-token rate limit answers 429.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { createToken } from '../../src/store/api-tokens';
import { appInWorkerd } from './helpers';

describe('the write API in workerd', () => {
  it('sets a status with a token, refuses a huge body and rate-limits a burst', async () => {
    // A clock that stands still: the bucket does not refill while the burst is sent.
    const clock = fixedClock(new Date());
    const { app, db, client } = await appInWorkerd({ seed: 'example' }, clock);
    try {
      const { secret } = await createToken(db, clock, { name: 'edge-script', scopes: ['status:write'] }, { userId: null, username: 'test', ip: null });
      const headers = { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' };
      const path = '/api/v1/services/vatten-och-avfallsfakturor/status';
      const set = await app.request(path, { method: 'POST', headers, body: JSON.stringify({ status: 'down', note: { sv: 'Nere.' } }) });
      expect(set.status).toBe(200);
      expect(((await (await app.request('/api/v1/services/vatten-och-avfallsfakturor')).json()) as any).service.status).toBe('down');

      const huge = await app.request(path, { method: 'POST', headers, body: JSON.stringify({ status: 'down', note: { sv: 'x'.repeat(1_100_000) } }) });
      expect(huge.status).toBe(413);

      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await app.request(path, { method: 'POST', headers, body: '{' })).status);
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.filter((status) => status === 400).length).toBe(58);
    } finally {
      client.close();
    }
  });
});
