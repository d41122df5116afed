/**
 * The poster and the plain-text summary inside workerd: the same pages as on Node (they use
 * Intl.Segmenter to cut texts and uqr for the QR code, both of which must exist there too).
 */
import { describe, expect, it } from 'vitest';
import { appInWorkerd } from './helpers';

describe('poster and plain text in workerd', () => {
  it('serves /affisch, /en/poster, /status.txt and /en/status.txt', async () => {
    const { app } = await appInWorkerd({ seed: 'example' });
    const poster = await app.request('/affisch');
    expect(poster.status).toBe(200);
    const html = await poster.text();
    expect(html).toContain('Det här fungerar inte som vanligt');
    expect(html).toMatch(/<svg[^>]*class="poster-qr"[^>]*role="img"/);
    expect((await app.request('/en/poster')).status).toBe(200);

    for (const [path, headline] of [
      ['/status.txt', 'Flera tjänster fungerar inte just nu.'],
      ['/en/status.txt', 'Several services are not working right now.'],
    ] as const) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/plain; charset=utf-8');
      const text = await response.text();
      expect(text, path).toContain(headline);
      // Cut at a sentence, as on Node.
      expect(text, path).toMatch(/0123-45 67 00\.\u00A0…/);
      expect(text.length, path).toBeLessThan(3000);
      const etag = response.headers.get('etag')!;
      expect((await app.request(path, { headers: { 'If-None-Match': etag } })).status, path).toBe(304);
    }
  });
});
