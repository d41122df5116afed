/** Path and query parameters, checked before anything else runs: bad input is a 4xx, never a 500. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';

/** Slugs are lowercase ASCII; anything else cannot exist, so the database is not asked. */
export function slugOf(c: Context<AppEnv>): string {
  const slug = c.req.param('slug') ?? '';
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new HTTPException(404);
  return slug;
}

function query(c: Context<AppEnv>, name: string): string | undefined {
  try {
    return c.req.query(name);
  } catch {
    // A malformed percent-encoding in the query string.
    throw new HTTPException(400, { message: 'Malformed query string' });
  }
}

/** A 1-based page number from the query (absent = 1); anything but a plain positive integer is a 400. */
export function pageNumberOf(c: Context<AppEnv>, name: string): number {
  const value = query(c, name);
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new HTTPException(400, { message: `Invalid ${name}` });
  return Number(value);
}

/** An optional positive integer from the query (absent = null). */
export function optionalNumberOf(c: Context<AppEnv>, name: string): number | null {
  return query(c, name) === undefined ? null : pageNumberOf(c, name);
}
