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
