import { encode } from 'uqr';

/**
 * A QR code as inline SVG, drawn from uqr's module matrix exactly as uqr's `renderSVG` draws
 * it (one square per dark module, no style attributes, so the CSP allows it). Built in JSX
 * rather than by inserting `renderSVG`'s string, because that would need `raw()`. Used by the
 * authenticator-app enrolment and the printable poster.
 */
export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  const cell = 10;
  const squares: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (data[row]?.[col]) squares.push(`M${col * cell},${row * cell}h${cell}v${cell}h-${cell}z`);
  }
  const side = size * cell;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" class={className} viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label}>
      <rect fill="white" width={String(side)} height={String(side)} />
      <path fill="black" d={squares.join('')} />
    </svg>
  );
}
