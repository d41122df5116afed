/**
 * Status badges (docs/decisions/0027-cap-badges-embed.md): an SVG image with a label (the
 * organisation or the service) and the state in words, with the status icon and colour, so
 * the colour never stands alone.
 *
 * Text width cannot be measured on the server, so it is estimated per character from the
 * advance widths of Verdana at 11 px (badgen's table, the one shields.io-style badges use;
 * a character outside it counts as wide as "@"). Each text is then drawn with `textLength`
 * and `lengthAdjust="spacingAndGlyphs"`: the renderer fits the text to exactly the estimated
 * width whatever font it has, so a long Swedish word can be squeezed a little but never runs
 * out of its box.
 */
import { calcWidth } from 'badgen';
import type { IconName } from '../../views/assets/icons';
import { OVERALL_ICON } from '../../views/pages/OverviewPage';
import type { OverallIndicator } from '../domain/overall';
import type { ServiceStatus } from '../domain/status';
import { xmlSafe } from '../domain/xml-text';

/** The site's status colours (views/assets/styles.ts; a test keeps the two equal). */
export const BADGE_COLOURS = {
  ok: '#146c2e',
  warn: '#8a4b00',
  bad: '#b3261e',
  info: '#1f4f8f',
  lost: '#5b2a86',
  maint: '#3d5566',
} as const;

export type BadgeTone = keyof typeof BADGE_COLOURS;

const STATUS_TONES: Record<ServiceStatus, BadgeTone> = {
  operational: 'ok',
  degraded: 'warn',
  investigating: 'warn',
  down: 'bad',
  rebuilding: 'info',
  lost: 'lost',
  maintenance: 'maint',
};

const INDICATOR_TONES: Record<OverallIndicator, BadgeTone> = {
  none: 'ok',
  minor: 'warn',
  major: 'bad',
  critical: 'bad',
  maintenance: 'maint',
};


export interface BadgeLayout {
  /** Everything in tenths of a pixel (the drawing is scaled 1:10, as text at 110 units is 11 px). */
  width: number;
  height: number;
  padding: number;
  icon: { x: number; y: number; size: number };
  label: { x: number; width: number; text: string; boxWidth: number };
  status: { x: number; width: number; text: string; boxWidth: number };
}

export interface BadgeProps {
  layout: BadgeLayout;
  /** What the image says, for its `<title>` and accessible name. */
  title: string;
  colour: string;
  icon: IconName;
}

const PADDING = 60;
const ICON = 140;
const GAP = 40;
const HEIGHT = 200;

/** Where everything goes, from the estimated text widths. */
export function layoutBadge(label: string, status: string): BadgeLayout {
  const labelWidth = calcWidth(label);
  const statusWidth = calcWidth(status);
  const labelBox = PADDING + ICON + GAP + labelWidth + PADDING;
  const statusBox = PADDING + statusWidth + PADDING;
  return {
    width: labelBox + statusBox,
    height: HEIGHT,
    padding: PADDING,
    icon: { x: PADDING, y: (HEIGHT - ICON) / 2, size: ICON },
    label: { x: PADDING + ICON + GAP, width: labelWidth, text: label, boxWidth: labelBox },
    status: { x: labelBox + PADDING, width: statusWidth, text: status, boxWidth: statusBox },
  };
}

function badgeProps(label: string, status: string, tone: BadgeTone, icon: IconName): BadgeProps {
  // One line each: a newline or a control character has no place in a badge.
  const line = (text: string) => xmlSafe(text).replace(/\s+/g, ' ').trim();
  const layout = layoutBadge(line(label), line(status));
  return { layout, title: `${layout.label.text}: ${layout.status.text}`, colour: BADGE_COLOURS[tone], icon };
}

export function overallBadge(label: string, headline: string, indicator: OverallIndicator): BadgeProps {
  // The overview's icon for the same state.
  return badgeProps(label, headline, INDICATOR_TONES[indicator], OVERALL_ICON[indicator] as IconName);
}

export function serviceBadge(serviceName: string, statusWord: string, status: ServiceStatus): BadgeProps {
  return badgeProps(serviceName, statusWord, STATUS_TONES[status], status);
}
