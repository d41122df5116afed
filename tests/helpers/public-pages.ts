/** Every kind of public page, in both languages, over the example data: for browser and HTML checks. */
export const PUBLIC_PAGES = [
  '/',
  '/en/',
  '/tjanster/vatten-och-avfallsfakturor',
  '/en/services/vatten-och-avfallsfakturor',
  '/tjanster/lokalbokning',
  '/handelser/it-angrepp',
  '/en/incidents/it-angrepp',
  '/handelser/telefoni',
  // Planned maintenance: one under way (its service is in maintenance), one still ahead.
  '/handelser/bibliotekssystemet-flyttas',
  '/en/incidents/sakerhetsuppdatering-mina-sidor',
  '/tjanster/bibliotek',
  '/historik',
  '/historik?page=2',
  '/en/history',
  '/tillganglighet',
  '/en/accessibility',
  '/prenumerera',
  '/en/subscribe',
  '/affisch',
  '/en/poster',
  // The overall state for other sites' frames (src/routes/embedding.tsx).
  '/embed',
  '/en/embed',
  // The readable description of the JSON APIs (src/routes/api-page.tsx).
  '/api',
  '/en/api',
] as const;

/** Error pages must meet the same bar. */
export const ERROR_PAGES = ['/finns-inte', '/en/no-such-page', '/historik?page=abc'] as const;

/**
 * One page of each public type, plus the overview in languages that lay it out differently
 * (right to left, easy-to-read): what Lighthouse scores (tests/browser/lighthouse.test.ts,
 * `npm run lighthouse`). /embed is for other sites' frames and is marked noindex on purpose,
 * so its SEO score (which counts noindex against it) is not asked for.
 */
export const LIGHTHOUSE_PAGES: readonly { path: string; label: string; notIndexed?: boolean }[] = [
  { path: '/', label: 'overview' },
  { path: '/en/', label: 'overview in English' },
  { path: '/ar/', label: 'overview in Arabic (right to left)' },
  { path: '/lattlast/', label: 'overview in easy-to-read Swedish' },
  { path: '/tjanster/vatten-och-avfallsfakturor', label: 'service page' },
  { path: '/handelser/it-angrepp', label: 'incident page' },
  { path: '/handelser/bibliotekssystemet-flyttas', label: 'maintenance page' },
  { path: '/historik', label: 'history' },
  { path: '/prenumerera', label: 'subscribe' },
  { path: '/tillganglighet', label: 'accessibility statement' },
  { path: '/affisch', label: 'poster' },
  { path: '/api', label: 'API page' },
  { path: '/embed', label: 'embedded state', notIndexed: true },
];
