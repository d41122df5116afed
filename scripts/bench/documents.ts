/**
 * The documents of issue 13's benchmark, fetched once from the running app as raw bytes (so
 * nginx can serve exactly those), and the page weight measured as tests/public/page-weight
 * measures it: the gzipped overview as served plus each /assets/ file it links, gzip -9.
 */
import { gzipSync } from 'node:zlib';
import { BENCH_SERVICE } from './fixture';
import { rawGet, type RawResponse } from './raw-http';

export interface DocumentSpec {
  id: string;
  label: string;
  path: string;
  headers: Record<string, string>;
  /** Requested with If-None-Match set to the server's own ETag: both must answer 304. */
  conditional?: boolean;
  /** Measured only if the app has it (a 404 skips it, with a note). */
  optional?: boolean;
}

const GZIP = { 'Accept-Encoding': 'gzip' };

export const DOCUMENTS: DocumentSpec[] = [
  { id: 'overview-gzip', label: 'overview (gzip)', path: '/', headers: GZIP },
  { id: 'overview', label: 'overview (identity)', path: '/', headers: {} },
  { id: 'overview-br', label: 'overview (br)', path: '/', headers: { 'Accept-Encoding': 'br' } },
  { id: 'service', label: 'service page (gzip)', path: `/tjanster/${BENCH_SERVICE}`, headers: GZIP },
  { id: 'feed', label: 'main feed, Atom (gzip)', path: '/feed.atom', headers: GZIP },
  { id: 'overview-304', label: 'overview 304 (If-None-Match)', path: '/', headers: GZIP, conditional: true },
  { id: 'summary', label: '/api/v2/summary.json (gzip)', path: '/api/v2/summary.json', headers: GZIP, optional: true },
];

export interface FetchedDocument {
  document: DocumentSpec;
  label: string;
  /** What the app answered (for the 304 case: the 200 it answered without If-None-Match). */
  app: RawResponse;
  /** Headers the load sends to the app. */
  appHeaders: Record<string, string>;
  /** Where nginx serves it; null when skipped. The 304 case shares the gzip overview's file. */
  nginxPath: string | null;
  /** Set for the documents nginx needs a file for. */
  staticPath: string | null;
  skipped: string | null;
}

export async function fetchDocuments(appUrl: string, progress: (line: string) => void): Promise<FetchedDocument[]> {
  const fetched: FetchedDocument[] = [];
  for (const document of DOCUMENTS) {
    const response = await rawGet(`${appUrl}${document.path}`, document.headers);
    const base = { document, label: document.label, app: response, appHeaders: document.headers };
    if (document.optional && response.status === 404) {
      fetched.push({ ...base, nginxPath: null, staticPath: null, skipped: `the app answers 404 for ${document.path}: not measured` });
      continue;
    }
    if (response.status !== 200) throw new Error(`the app answered ${response.status} for ${document.path}`);
    if (document.headers['Accept-Encoding'] === 'gzip' && response.headers['content-encoding'] !== 'gzip') {
      progress(`note: the app sent ${document.path} without gzip although asked for it`);
    }
    if (document.conditional) {
      const etag = response.headers.etag;
      if (!etag) throw new Error(`the app sent no ETag for ${document.path}`);
      const headers = { ...document.headers, 'If-None-Match': etag };
      const revalidated = await rawGet(`${appUrl}${document.path}`, headers);
      if (revalidated.status !== 304) throw new Error(`the app answered ${revalidated.status}, not 304, for ${document.path} with If-None-Match: ${etag}`);
      fetched.push({ ...base, appHeaders: headers, nginxPath: '/doc/overview-gzip', staticPath: null, skipped: null });
      continue;
    }
    const staticPath = `/doc/${document.id}`;
    fetched.push({ ...base, nginxPath: staticPath, staticPath, skipped: null });
    progress(`${document.label}: ${response.body.length} B${response.headers['content-encoding'] ? ` ${response.headers['content-encoding']}` : ''}, ${response.headers['content-type']}`);
  }
  if (!fetched.some((document) => document.nginxPath === '/doc/overview-gzip' && document.staticPath)) {
    throw new Error('the gzip overview is needed for the 304 case');
  }
  return fetched;
}

export const PAGE_WEIGHT_BUDGET = 14 * 1024;

export async function pageWeight(appUrl: string): Promise<{ htmlBytes: number; assetBytes: number; total: number; assets: string[] }> {
  const htmlBytes = (await rawGet(`${appUrl}/`, GZIP)).body.length;
  const html = (await rawGet(`${appUrl}/`)).body.toString('utf8');
  const assets = [...new Set([...html.matchAll(/(?:href)="(\/assets\/[^"#]+)/g)].map((match) => match[1]!))];
  let assetBytes = 0;
  for (const path of assets) assetBytes += gzipSync((await rawGet(`${appUrl}${path}`)).body, { level: 9 }).length;
  return { htmlBytes, assetBytes, total: htmlBytes + assetBytes, assets };
}
