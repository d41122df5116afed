/**
 * Status icons as one SVG sprite, served from the app with a content hash. Icons are always
 * decorative: the status word next to them carries the meaning (WCAG 1.4.1).
 */
const symbol = (id: string, body: string) =>
  `<symbol id="${id}" viewBox="0 0 16 16">${body}</symbol>`;

/**
 * The drawing of each icon (16 × 16, `currentColor` with white details), also drawn into the
 * status badges (src/badge/), which as images cannot use the sprite.
 */
export const ICON_BODIES = {
  operational: '<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.8"/>',
  degraded: '<path d="M8 .8l7.4 14H.6z" fill="currentColor"/><path d="M8 5.5v4.3M8 11.3v1.6" stroke="#fff" stroke-width="1.7"/>',
  investigating: '<circle cx="6.6" cy="6.6" r="4.8" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M10 10l4.8 4.8" stroke="currentColor" stroke-width="2.6"/>',
  down: '<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="1.9"/>',
  rebuilding: '<rect x=".5" y=".5" width="15" height="15" rx="2" fill="currentColor"/><path d="M3.5 12.5l5-5M9.5 3.5a3 3 0 1 0 3 3" fill="none" stroke="#fff" stroke-width="1.8"/>',
  lost: '<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M3.6 12.4l8.8-8.8" stroke="currentColor" stroke-width="2.2"/>',
  maintenance: '<rect x=".5" y="2" width="15" height="13.5" rx="1.5" fill="currentColor"/><path d="M.5 6h15" stroke="#fff" stroke-width="1.4"/><path d="M4 .5v3M12 .5v3" stroke="currentColor" stroke-width="1.8"/><circle cx="8" cy="10.5" r="2" fill="#fff"/>',
  closed: '<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M4.2 8h7.6" stroke="#fff" stroke-width="2"/>',
} as const;

export type IconName = keyof typeof ICON_BODIES;

export const iconSprite = `<svg xmlns="http://www.w3.org/2000/svg">${Object.entries(ICON_BODIES)
  .map(([id, body]) => symbol(id, body))
  .join('')}</svg>`;
