/**
 * CAP messages, badges and the embeddable state inside workerd: the same documents as on
 * Node (name-based UUIDs from crypto.subtle, times from Intl, the XML builder, the badge's
 * width table all run in the Workers runtime). Schema validation is tests/cap/'s, on Node.
 */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { appInWorkerd } from './helpers';

describe('CAP, badges and the embed in workerd', () => {
  it('serves the CAP index and every message it lists, well-formed, with stable name-based identifiers', async () => {
    const { app } = await appInWorkerd({ seed: 'example' });
    const index = await app.request('/cap/index.atom');
    expect(index.status).toBe(200);
    expect(index.headers.get('access-control-allow-origin')).toBe('*');
    const xml = await index.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const entries = [...xml.matchAll(/<id>(urn:uuid:[^<]+)<\/id>[\s\S]*?href="https:\/\/status\.example\.org(\/cap\/alerts\/[^"]+)"/g)];
    expect(entries.length).toBeGreaterThan(20);
    for (const [, id, path] of entries.slice(0, 5)) {
      const alert = await app.request(path!);
      expect(alert.status, path).toBe(200);
      expect(alert.headers.get('content-type')).toBe('application/cap+xml; charset=utf-8');
      const body = await alert.text();
      expect(XMLValidator.validate(body), path).toBe(true);
      expect(body).toContain(`<identifier>${id}</identifier>`);
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(body).toMatch(/<sent>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00<\/sent>/);
    }
  });

  it('serves badges and the framable embed', async () => {
    const { app } = await appInWorkerd({ seed: 'example' });
    const badge = await app.request('/tjanster/vatten-och-avfallsfakturor/badge.svg');
    expect(badge.status).toBe(200);
    expect(badge.headers.get('content-type')).toBe('image/svg+xml');
    expect(badge.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const svg = await badge.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title id="badge-title">Abonnemang och fakturor för vatten och avfall: Återuppbyggs</title>');
    const embed = await app.request('/en/embed');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(await embed.text()).toContain('Several services are not working right now.');
  });
});
