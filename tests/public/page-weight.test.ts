/**
 * The overview with the example data, including its stylesheet, must fit in 14 KB gzipped:
 * the first TCP round trip (10 segments) on a cheap phone on a bad connection.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app';

const BUDGET = 14 * 1024;

describe('page weight', () => {
  it('keeps the overview with its CSS and icons within 14 KB gzipped', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const overview = await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(overview.headers.get('content-encoding')).toBe('gzip');
    const htmlBytes = (await overview.arrayBuffer()).byteLength;
    const html = await (await app.request('/')).text();
    const subresources = [...html.matchAll(/(?:href)="(\/assets\/[^"#]+)/g)].map((match) => match[1]!);
    const unique = [...new Set(subresources)];
    expect(unique.length).toBeGreaterThanOrEqual(2);
    let assetBytes = 0;
    for (const path of unique) {
      const body = new Uint8Array(await (await app.request(path)).arrayBuffer());
      assetBytes += gzipSync(body, { level: 9 }).byteLength;
    }
    const total = htmlBytes + assetBytes;
    console.info(`overview: ${htmlBytes} B html.gz + ${assetBytes} B assets.gz = ${total} B of ${BUDGET} B`);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
