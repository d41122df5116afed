/** Issue 9, hardening: Strict-Transport-Security only when readers come over HTTPS. */
import { describe, expect, it } from 'vitest';
import { STRICT_TRANSPORT_SECURITY } from '../../src/http/https';
import { createTestApp } from '../helpers/app';

describe('Strict-Transport-Security', () => {
  it('is not sent over plain http (local development, no https public URL)', async () => {
    const { app } = await createTestApp({ publicUrl: null });
    for (const path of ['http://localhost/', 'http://localhost/admin/login', 'http://localhost/finns-inte']) {
      const response = await app.request(path);
      expect(response.status, path).toBeLessThan(500);
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
      // The other secure headers stay.
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('is sent when the request itself is https', async () => {
    const { app } = await createTestApp({ publicUrl: null });
    const response = await app.request('https://status.example.org/');
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toBe(STRICT_TRANSPORT_SECURITY);
  });

  it('is sent behind a TLS-terminating proxy when the public URL is https, on pages, errors and redirects', async () => {
    const { app } = await createTestApp({ publicUrl: 'https://status.example.org' });
    for (const path of ['http://localhost/', 'http://localhost/finns-inte', 'http://localhost/historik/', 'http://localhost/admin/login']) {
      const response = await app.request(path);
      expect(response.headers.get('strict-transport-security'), path).toBe(STRICT_TRANSPORT_SECURITY);
    }
  });
});
