/**
 * What the static export (src/export/) takes from the public routes: the one page renderer
 * the live routes use, and the history's page size. The export sits below the routes and may
 * not import them, so its callers (the command line, the console) hand this over.
 */
import type { PublicPageRenderer } from '../export/site';
import { renderPublicPage } from './public';
import { HISTORY_PAGE_SIZE } from './public-pages';

export const PUBLIC_PAGES: PublicPageRenderer = { render: renderPublicPage, historyPageSize: HISTORY_PAGE_SIZE };
