/** Site settings: the organisation, its public URL, languages and time zone. */
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { siteSettings, siteTexts } from '../db/schema';
import { LIMITS } from '../domain/limits';
import { isContentLocale, isInterfaceLocale } from '../domain/locales';
import { isLocalDate } from '../domain/opening-hours';
import { ConflictError, InputError } from './errors';
import { text } from './validate';
import type { Actor } from './audit';
import { writeTransaction } from './revision';
import { isTimeZone } from '../domain/time-zone';

export interface SiteText {
  organisationName: string;
  siteTitle: string;
  notice: string;
  updatedAt: Date;
}

export interface Site {
  publicUrl: string;
  defaultLocale: string;
  offeredLocales: string[];
  timeZone: string;
  isExampleData: boolean;
  accessibilityReviewedOn: string | null;
  texts: Record<string, SiteText>;
}

export interface SiteInput {
  publicUrl: string;
  defaultLocale?: string;
  offeredLocales: string[];
  timeZone: string;
  isExampleData?: boolean;
  accessibilityReviewedOn?: string | null;
  texts: Record<string, { organisationName: string; siteTitle: string; notice?: string }>;
}

/** Used until the organisation has saved its settings: an honest, neutral placeholder. */
export const DEFAULT_SITE: Site = {
  publicUrl: 'http://localhost:3000',
  defaultLocale: 'sv',
  offeredLocales: ['sv', 'en'],
  timeZone: 'Europe/Stockholm',
  isExampleData: false,
  accessibilityReviewedOn: null,
  texts: {
    sv: { organisationName: 'Statussida', siteTitle: 'Driftstatus', notice: '', updatedAt: new Date(0) },
    en: { organisationName: 'Status page', siteTitle: 'Service status', notice: '', updatedAt: new Date(0) },
  },
};

export async function loadSite(db: Queryable): Promise<Site | null> {
  const settings = await db.select().from(siteSettings).where(eq(siteSettings.id, 1)).get();
  if (!settings) return null;
  const textRows = await db.select().from(siteTexts).all();
  const texts: Record<string, SiteText> = {};
  for (const row of textRows) {
    texts[row.locale] = {
      organisationName: row.organisationName,
      siteTitle: row.siteTitle,
      notice: row.notice,
      updatedAt: row.updatedAt,
    };
  }
  return {
    publicUrl: settings.publicUrl,
    defaultLocale: settings.defaultLocale,
    offeredLocales: settings.offeredLocales,
    timeZone: settings.timeZone,
    isExampleData: settings.isExampleData,
    accessibilityReviewedOn: settings.accessibilityReviewedOn,
    texts,
  };
}

export async function defaultLocaleOf(db: Queryable): Promise<string> {
  const row = await db
    .select({ locale: siteSettings.defaultLocale })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1))
    .get();
  return row?.locale ?? 'sv';
}


function validateSite(input: SiteInput): Required<Pick<SiteInput, 'defaultLocale'>> {
  const defaultLocale = input.defaultLocale ?? input.offeredLocales[0] ?? 'sv';
  if (!input.offeredLocales.includes(defaultLocale))
    throw new InputError('default-language-offered', 'offeredLocales');
  // The default language is every page's fallback, so its interface must exist; any other
  // offered language needs only a name (src/domain/locales.ts).
  if (!isInterfaceLocale(defaultLocale)) throw new InputError('no-catalog', 'offeredLocales', { value: defaultLocale });
  for (const locale of input.offeredLocales) {
    if (!isContentLocale(locale))
      throw new InputError('unknown-language', 'offeredLocales', { value: locale });
  }
  if (!isTimeZone(input.timeZone)) throw new InputError('time-zone', 'timeZone');
  if (!/^https?:\/\/[^\s/]+/.test(input.publicUrl))
    throw new InputError('url', 'publicUrl');
  const defaultText = input.texts[defaultLocale];
  if (!defaultText?.organisationName.trim() || !defaultText.siteTitle.trim())
    throw new InputError('required', 'texts');
  return { defaultLocale };
}

/** Creates or replaces the site settings. */
export async function saveSite(db: Database, clock: Clock, input: SiteInput, actor?: Actor): Promise<void> {
  const { defaultLocale } = validateSite(input);
  await writeTransaction(db, clock, async (tx, now, audit) => {
    const before = await loadSite(tx);
    const values = {
      id: 1,
      publicUrl: input.publicUrl.replace(/\/+$/, ''),
      defaultLocale,
      offeredLocales: input.offeredLocales,
      timeZone: input.timeZone,
      isExampleData: input.isExampleData ?? false,
      accessibilityReviewedOn: input.accessibilityReviewedOn ?? null,
      updatedAt: now,
    };
    await tx.insert(siteSettings).values(values).onConflictDoUpdate({ target: siteSettings.id, set: values });
    for (const [locale, text] of Object.entries(input.texts)) {
      const row = {
        locale,
        organisationName: text.organisationName.trim(),
        siteTitle: text.siteTitle.trim(),
        notice: (text.notice ?? '').trim(),
        updatedAt: now,
      };
      await tx.insert(siteTexts).values(row).onConflictDoUpdate({ target: siteTexts.locale, set: row });
    }
    await audit({ action: before ? 'site.update' : 'site.create', targetType: 'site', before, after: await loadSite(tx) });
  }, actor);
}

// ─── Editing the settings (admin console) ──────────────────────────────────────────────────

export interface SiteForEdit {
  site: Site;
  version: number;
  updatedAt: Date;
}

/** The settings with their version, for the edit form; null before they were ever saved. */
export async function loadSiteForEdit(db: Queryable): Promise<SiteForEdit | null> {
  const site = await loadSite(db);
  if (!site) return null;
  const row = await db
    .select({ version: siteSettings.version, updatedAt: siteSettings.updatedAt })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1))
    .get();
  return { site, version: row!.version, updatedAt: row!.updatedAt };
}

export interface SiteEditInput {
  publicUrl: string;
  offeredLocales: string[];
  timeZone: string;
  accessibilityReviewedOn: string | null;
  /** Per language; null removes that language's texts (pages fall back to the default). */
  texts: Record<string, { organisationName: string; siteTitle: string; notice?: string } | null>;
  /** The version the admin loaded. */
  expectedVersion: number;
}

export const SITE_LIMITS = {
  organisationName: LIMITS.name,
  siteTitle: LIMITS.name,
  notice: LIMITS.shortText,
  publicUrl: LIMITS.address,
} as const;

function auditedSite(site: Site | null) {
  if (!site) return null;
  return {
    ...site,
    texts: Object.fromEntries(
      Object.entries(site.texts).map(([locale, { organisationName, siteTitle, notice }]) => [locale, { organisationName, siteTitle, notice }]),
    ),
  };
}

/**
 * Saves edited settings against the version the admin loaded. A language's texts get a new
 * `updated_at` only when they changed. Whether the site shows example data is not edited here.
 */
export async function updateSite(db: Database, clock: Clock, input: SiteEditInput, actor?: Actor): Promise<{ changed: boolean }> {
  const publicUrl = text(input.publicUrl, SITE_LIMITS.publicUrl, 'publicUrl', true).replace(/\/+$/, '');
  if (input.accessibilityReviewedOn !== null && !isLocalDate(input.accessibilityReviewedOn))
    throw new InputError('date-format', 'accessibilityReviewedOn');
  const texts = Object.entries(input.texts).map(([locale, value]) => {
    if (value === null) return [locale, null] as const;
    return [
      locale,
      {
        organisationName: text(value.organisationName, SITE_LIMITS.organisationName, `texts.${locale}.organisationName`, true),
        siteTitle: text(value.siteTitle, SITE_LIMITS.siteTitle, `texts.${locale}.siteTitle`, true),
        notice: text(value.notice, SITE_LIMITS.notice, `texts.${locale}.notice`),
      },
    ] as const;
  });
  return writeTransaction(db, clock, async (tx, now, audit) => {
    // Never saved yet: the form showed the neutral defaults as version 0.
    const current = (await loadSiteForEdit(tx)) ?? { site: null, version: 0 };
    if (current.version !== input.expectedVersion)
      throw new ConflictError('Someone else changed the settings after you opened them.', current.version);
    const before = current.site ?? { ...DEFAULT_SITE, texts: {} };
    const defaultLocale = before.defaultLocale;
    const nonNullTexts = Object.fromEntries(texts.filter(([, value]) => value !== null)) as SiteInput['texts'];
    validateSite({
      publicUrl,
      defaultLocale,
      offeredLocales: input.offeredLocales,
      timeZone: input.timeZone,
      texts: { ...before.texts, ...nonNullTexts },
    });

    let changed = false;
    for (const [locale, value] of texts) {
      const existing = before.texts[locale];
      if (value === null) {
        if (locale === defaultLocale) throw new InputError('default-language-required', 'texts', { value: defaultLocale });
        if (existing) {
          await tx.delete(siteTexts).where(eq(siteTexts.locale, locale));
          changed = true;
        }
        continue;
      }
      if (
        existing &&
        existing.organisationName === value.organisationName &&
        existing.siteTitle === value.siteTitle &&
        existing.notice === value.notice
      )
        continue;
      const row = { locale, ...value, updatedAt: now };
      await tx.insert(siteTexts).values(row).onConflictDoUpdate({ target: siteTexts.locale, set: row });
      changed = true;
    }
    const settingsChanged =
      before.publicUrl !== publicUrl ||
      JSON.stringify(before.offeredLocales) !== JSON.stringify(input.offeredLocales) ||
      before.timeZone !== input.timeZone ||
      before.accessibilityReviewedOn !== input.accessibilityReviewedOn;
    if (!changed && !settingsChanged && current.site) return { changed: false };
    const values = {
      publicUrl,
      offeredLocales: input.offeredLocales,
      timeZone: input.timeZone,
      accessibilityReviewedOn: input.accessibilityReviewedOn,
      updatedAt: now,
    };
    await tx
      .insert(siteSettings)
      .values({ id: 1, defaultLocale, isExampleData: false, version: 1, ...values })
      .onConflictDoUpdate({ target: siteSettings.id, set: { ...values, version: sql`${siteSettings.version} + 1` } });
    await audit({ action: 'site.update', targetType: 'site', targetId: 1, before: auditedSite(current.site), after: auditedSite(await loadSite(tx)) });
    return { changed: true };
  }, actor);
}
