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
  '/historik',
  '/historik?page=2',
  '/en/history',
  '/tillganglighet',
  '/en/accessibility',
  '/prenumerera',
  '/en/subscribe',
] as const;

/** Error pages must meet the same bar. */
export const ERROR_PAGES = ['/finns-inte', '/en/no-such-page', '/historik?page=abc'] as const;
