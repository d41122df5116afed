/** Site settings: the organisation, its public URL, languages and time zone. */
import { eq } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { siteSettings, siteTexts } from '../db/schema';
import { hasCatalog } from '../i18n';
import { InputError } from './errors';
import type { Actor } from './audit';
import { writeTransaction } from './revision';

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

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function validateSite(input: SiteInput): Required<Pick<SiteInput, 'defaultLocale'>> {
  const defaultLocale = input.defaultLocale ?? input.offeredLocales[0] ?? 'sv';
  if (!input.offeredLocales.includes(defaultLocale))
    throw new InputError('default-language-offered', 'offeredLocales');
  for (const locale of input.offeredLocales) {
    if (!hasCatalog(locale))
      throw new InputError('no-catalog', 'offeredLocales', { value: locale });
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
