/**
 * Static assets served by the app itself (never a CDN: on the worst day it may be down),
 * under content-hashed URLs so they can be cached forever.
 */
import { adminCss } from '../../views/assets/admin-styles';
import { embedCss } from '../../views/assets/embed-styles';
import { faviconSvg } from '../../views/assets/favicon';
import { iconSprite } from '../../views/assets/icons';
import { posterCss } from '../../views/assets/poster-styles';
import { siteCss } from '../../views/assets/styles';
import type { Context } from 'hono';
import { htmxSource, passkeysScriptSource, webauthnBrowserSource } from '../generated/vendor';
import { compressAll, negotiateCoding, type Compressor, type ContentCoding } from './content-encoding';
import { encodeUtf8, type Bytes } from './page-cache';

export interface Asset {
  path: string;
  contentType: string;
  body: Bytes;
}

/**
 * FNV-1a, 32 bits: enough to tell versions of our own files apart in a URL. Not a security
 * hash; chosen because it is synchronous, so asset URLs are known when the app is built.
 */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function asset(name: string, extension: string, contentType: string, text: string): Asset {
  return { path: `/assets/${name}.${contentHash(text)}.${extension}`, contentType, body: encodeUtf8(text) };
}

export interface AssetBundle {
  stylesheet: Asset;
  icons: Asset;
  /** The printable poster's own sheet (A4 print layout), so other pages do not carry it. */
  posterStylesheet: Asset;
  adminStylesheet: Asset;
  /** The embeddable state's own sheet (/embed), small and standalone. */
  embedStylesheet: Asset;
  /** The site's icon, linked from every public page (and answered at /favicon.ico too). */
  favicon: Asset;
  /** htmx, for the admin console only: public pages ship no script. */
  htmx: Asset;
  /** Passkeys: @simplewebauthn/browser and our glue, only on the sign-in and account pages. */
  webauthn: Asset;
  passkeys: Asset;
  all: Asset[];
  /** Changes whenever any asset changes. */
  version: string;
}

export function buildAssets(): AssetBundle {
  const stylesheet = asset('site', 'css', 'text/css; charset=utf-8', siteCss);
  const icons = asset('icons', 'svg', 'image/svg+xml', iconSprite);
  const posterStylesheet = asset('poster', 'css', 'text/css; charset=utf-8', posterCss);
  const adminStylesheet = asset('admin', 'css', 'text/css; charset=utf-8', adminCss);
  const embedStylesheet = asset('embed', 'css', 'text/css; charset=utf-8', embedCss);
  const favicon = asset('favicon', 'svg', 'image/svg+xml', faviconSvg);
  const htmx = asset('htmx', 'js', 'text/javascript; charset=utf-8', htmxSource);
  const webauthn = asset('webauthn', 'js', 'text/javascript; charset=utf-8', webauthnBrowserSource);
  const passkeys = asset('passkeys', 'js', 'text/javascript; charset=utf-8', passkeysScriptSource);
  const all = [stylesheet, icons, posterStylesheet, adminStylesheet, embedStylesheet, favicon, htmx, webauthn, passkeys];
  return {
    stylesheet,
    icons,
    posterStylesheet,
    adminStylesheet,
    embedStylesheet,
    favicon,
    htmx,
    webauthn,
    passkeys,
    all,
    version: contentHash(all.map((item) => item.path).join()),
  };
}

/** The URL changes with the content, so the response never does. */
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Serves the assets, compressed like the pages (Brotli or gzip by Accept-Encoding) where the
 * runtime precompresses: each asset once, on its first request, then from memory.
 */
export class AssetResponses {
  private readonly encoded = new Map<string, Promise<Partial<Record<ContentCoding, Bytes>>>>();

  /** @param compressor Null where the platform compresses (Workers). */
  constructor(private readonly compressor: Compressor | null) {}

  async respond(c: Context, asset: Asset): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': asset.contentType, 'Cache-Control': ASSET_CACHE_CONTROL };
    if (!this.compressor) return c.body(asset.body, 200, headers);
    headers.Vary = 'Accept-Encoding';
    const coding = negotiateCoding(c.req.header('Accept-Encoding'), this.compressor.codings);
    if (coding === 'identity') return c.body(asset.body, 200, headers);
    let encoded = this.encoded.get(asset.path);
    if (!encoded) {
      encoded = compressAll(this.compressor, asset.body);
      this.encoded.set(asset.path, encoded);
      // A compressor that failed once is asked again next time; meanwhile the bytes go as they are.
      encoded.catch(() => this.encoded.delete(asset.path));
    }
    const body = await encoded.then((all) => all[coding], () => undefined);
    if (!body) return c.body(asset.body, 200, headers);
    headers['Content-Encoding'] = coding;
    return c.body(body, 200, headers);
  }
}
