/**
 * The address of an incident made from its title, so an editor under stress does not have to
 * invent one: "IT-angrepp hos leverantör" → "it-angrepp-hos-leverantor". Letters lose their
 * marks (å/ä/ö → a/a/o; NFKD splits them into a base letter and a mark), everything else that
 * is not a–z or 0–9 becomes one hyphen. Uniqueness (-2, -3 …) needs the database: the store.
 */
import { LIMITS } from './limits';

/** Room left for a "-999" suffix, so a generated address never passes the limit. */
const ROOM_FOR_SUFFIX = 4;

/** Letters NFKD does not split into a base letter and a mark. */
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

export function slugFromTitle(title: string, fallback = 'incident'): string {
  const base = title
    .toLowerCase()
    .replace(/[æøœßđłþ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, LIMITS.slug - ROOM_FOR_SUFFIX)
    .replace(/^-+|-+$/g, '');
  return base === '' ? fallback : base;
}

/** The n-th candidate for an address: the base, then base-2, base-3 … */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}
