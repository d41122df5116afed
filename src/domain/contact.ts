/** How a resident reaches the organisation. */
export const CHANNEL_KINDS = ['phone', 'email', 'visit', 'web', 'social', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * `scheduled`: opening hours apply; `always`: staffed around the clock;
 * `none`: hours do not apply (a web page, a social-media account).
 */
export const OPENING_HOURS_MODES = ['scheduled', 'always', 'none'] as const;
export type OpeningHoursMode = (typeof OPENING_HOURS_MODES)[number];
