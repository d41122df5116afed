/** Store-level checks shared by every write. Messages are for the admin who typed the value. */
import { cleanText, isSlug, LIMITS } from '../domain/limits';
import { InputError } from './errors';

export function requireSlug(value: string, field = 'slug'): string {
  const slug = value.trim();
  if (!isSlug(slug))
    throw new InputError(
      `Use lowercase letters a–z, digits and single hyphens (at most ${LIMITS.slug} characters).`,
      field,
    );
  return slug;
}

export function text(value: string | undefined, max: number, field: string, required = false): string {
  const cleaned = cleanText(value ?? '');
  if (required && cleaned.length === 0) throw new InputError('This field is required.', field);
  if (cleaned.length > max) throw new InputError(`At most ${max} characters.`, field);
  return cleaned;
}

/** Per-language texts must include the default language. */
export function requireDefaultLocale<T>(
  texts: Record<string, T>,
  defaultLocale: string,
  field = 'texts',
): [string, T][] {
  if (!texts[defaultLocale])
    throw new InputError(`A text in the default language (${defaultLocale}) is required.`, field);
  return Object.entries(texts);
}
