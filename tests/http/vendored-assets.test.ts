/**
 * The browser code the app serves itself comes from src/generated/vendor.ts, which
 * scripts/build-vendor.mjs writes (on `npm ci`, and before every test run). Readers must get
 * exactly the installed packages and our current passkeys glue, not a stale copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAssets } from '../../src/http/assets';
import { createTestApp } from '../helpers/app';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..', '..');
const webauthnRoot = join(dirname(require.resolve('@simplewebauthn/browser')), '..');

const expected = {
  htmx: readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8'),
  webauthn: readFileSync(join(webauthnRoot, 'dist/bundle/index.umd.min.js'), 'utf8'),
  passkeys: readFileSync(join(ROOT, 'views/assets/passkeys.js'), 'utf8'),
};

describe('vendored browser code', () => {
  for (const name of ['htmx', 'webauthn', 'passkeys'] as const) {
    it(`serves ${name} exactly as installed or written, as JavaScript`, async () => {
      const { app } = await createTestApp();
      const response = await app.request(buildAssets()[name].path, { headers: { 'Accept-Encoding': 'identity' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await response.text()).toBe(expected[name]);
    });
  }
});
