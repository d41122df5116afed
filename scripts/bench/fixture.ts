/** What both benchmark tables look at: kept apart so loading them does not load the app. */

/**
 * The service page both tables measure. In the scaling data every historic incident concerns
 * it (the e-services portal, which depends on everything) and one other service, so its page
 * shows as many entries with 100 updates as with 100 000 (its newest 50 updates, 20
 * incidents) and its times compare like for like.
 */
export const BENCH_SERVICE = 'mina-sidor';

/** The moment the scaling benchmark's app and example data live in (a winter Wednesday afternoon). */
export const BENCH_NOW = '2026-02-11T13:00:00Z';
