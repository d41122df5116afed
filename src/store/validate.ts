/** Store-level checks shared by every write. */
import { eq } from 'drizzle-orm';
import type { Transaction } from '../db/database';
import type { serviceGroups, services } from '../db/schema';
import { cleanText, isSlug, LIMITS } from '../domain/limits';
import { InputError } from './errors';

export function requireSlug(value: string, field = 'slug'): string {
  const slug = value.trim();
  if (!isSlug(slug))
    throw new InputError('slug', field, { max: LIMITS.slug });
  return slug;
}

export function text(value: string | undefined, max: number, field: string, required = false): string {
  const cleaned = cleanText(value ?? '');
  if (required && cleaned.length === 0) throw new InputError('required', field);
  if (cleaned.length > max) throw new InputError('too-long', field, { max });
  return cleaned;
}

/** Per-language texts must include the default language. */
export function requireDefaultLocale<T>(
  texts: Record<string, T>,
  defaultLocale: string,
  field = 'texts',
): [string, T][] {
  if (!texts[defaultLocale])
    throw new InputError('default-language-required', field, { value: defaultLocale });
  return Object.entries(texts);
}

export async function slugTaken(tx: Transaction, table: typeof services | typeof serviceGroups, slug: string) {
  const row = await tx.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get();
  return row !== undefined;
}
