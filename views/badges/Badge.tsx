import { raw } from 'hono/html';
import { ICON_BODIES } from '../assets/icons';
import type { BadgeProps } from '../../src/badge/badge';

const LABEL_BACKGROUND = '#f3f4f6';
const LABEL_TEXT = '#1b1b1b';
const EDGE = '#c9c9c9';

/**
 * A status badge as a standalone SVG document (src/badge/badge.ts lays it out). The accessible
 * name is the `<title>` (role="img"); the drawn texts are hidden from assistive technology so
 * it is not read twice. Dark text on light grey, white text on the status colour: both meet
 * 4.5:1, and the icon the 3:1 of graphics.
 */
export function Badge({ layout, title, colour, icon }: BadgeProps) {
  const { width, height, label, status } = layout;
  const textY = 140;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={String(width / 10)}
      height={String(height / 10)}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="badge-title"
    >
      <title id="badge-title">{title}</title>
      <rect width={String(label.boxWidth)} height={String(height)} fill={LABEL_BACKGROUND} />
      <rect x={String(label.boxWidth)} width={String(status.boxWidth)} height={String(height)} fill={colour} />
      <rect x="5" y="5" width={String(width - 10)} height={String(height - 10)} fill="none" stroke={EDGE} stroke-width="10" />
      <svg
        x={String(layout.icon.x)}
        y={String(layout.icon.y)}
        width={String(layout.icon.size)}
        height={String(layout.icon.size)}
        viewBox="0 0 16 16"
        color={colour}
        aria-hidden="true"
      >
        {/* Our own constant drawing (views/assets/icons.ts), no input in it. */}
        {raw(ICON_BODIES[icon])}
      </svg>
      <g aria-hidden="true" font-family="Verdana,DejaVu Sans,sans-serif" font-size="110">
        <text x={String(label.x)} y={String(textY)} textLength={String(label.width)} lengthAdjust="spacingAndGlyphs" fill={LABEL_TEXT}>
          {label.text}
        </text>
        <text x={String(status.x)} y={String(textY)} textLength={String(status.width)} lengthAdjust="spacingAndGlyphs" fill="#fff">
          {status.text}
        </text>
      </g>
    </svg>
  );
}
