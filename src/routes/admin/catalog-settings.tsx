/** Site settings (admins only): names and notice per language, address, languages, time zone. */
import { Hono } from 'hono';
import type { ConflictView } from '../../../views/admin/pages/ServicesParts';
import { SettingsPage, type SettingsDraft } from '../../../views/admin/pages/SettingsPage';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { isLocalDate } from '../../domain/opening-hours';
import { ConflictError, InputError } from '../../store/errors';
import { DEFAULT_SITE, loadSiteForEdit, SITE_LIMITS, updateSite, type Site, type SiteEditInput } from '../../store/site';
import {
  adminFormatter,
  checkText,
  conflictIntro,
  contentLocales,
  defaultFirst,
  field,
  formOf,
  hasErrors,
  languageBlocks,
  versionOf,
  type FormBody,
} from './catalog-form';
import { authOf, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, page } from './render';
import { isTimeZone } from '../../domain/time-zone';

const TEXT_KEYS = ['organisationName', 'siteTitle', 'notice'] as const;
const TIME_ZONE_MAX = 64;


function draftOf(site: Site): SettingsDraft {
  return {
    publicUrl: site.publicUrl,
    timeZone: site.timeZone,
    reviewedOn: site.accessibilityReviewedOn ?? '',
    offered: site.offeredLocales.filter((locale) => locale !== site.defaultLocale),
    texts: Object.fromEntries(
      Object.entries(site.texts).map(([locale, text]) => [locale, { organisationName: text.organisationName, siteTitle: text.siteTitle, notice: text.notice }]),
    ),
  };
}

interface Loaded {
  site: Site;
  version: number;
  updatedAt: Date;
}

async function loadForEdit(c: AdminContext): Promise<Loaded> {
  return (await loadSiteForEdit(c.var.db)) ?? { site: DEFAULT_SITE, version: 0, updatedAt: new Date(0) };
}

function siteTextRows(site: Site) {
  return Object.entries(site.texts).map(([locale, text]) => ({ locale, updatedAt: text.updatedAt }));
}

async function render(
  c: AdminContext,
  loaded: Loaded,
  draft: SettingsDraft,
  extra: { errors?: FieldErrors; message?: { kind: 'ok' | 'error'; text: string } | null; conflict?: ConflictView | null; version?: number } = {},
  status: 200 | 409 | 422 = 200,
) {
  const { site } = loaded;
  const fmt = adminFormatter(c, site.timeZone);
  const t = c.var.t;
  return page(
    c,
    <SettingsPage
      chrome={adminChrome(c)}
      version={extra.version ?? loaded.version}
      draft={draft}
      languages={languageBlocks(c, site.defaultLocale, siteTextRows(site), fmt).map((block) => (block.hint ? { ...block, hint: t.catalog.optionalSiteLanguageHint } : block))}
      optionalLocales={contentLocales(site.defaultLocale)
        .slice(1)
        .map((locale) => ({ locale, name: t.languageName(locale) }))}
      errors={extra.errors ?? {}}
      message={extra.message ?? null}
      conflict={extra.conflict ?? null}
    />,
    status,
  );
}

function readSettingsForm(c: AdminContext, body: FormBody, site: Site) {
  const t = c.var.t;
  const errors: FieldErrors = {};
  const locales = contentLocales(site.defaultLocale);
  const draft: SettingsDraft = {
    publicUrl: field(body, 'publicUrl'),
    timeZone: field(body, 'timeZone'),
    reviewedOn: field(body, 'accessibilityReviewedOn'),
    offered: locales.slice(1).filter((locale) => field(body, `offer.${locale}`) !== ''),
    texts: {},
  };
  const texts: SiteEditInput['texts'] = {};
  for (const locale of locales) {
    const raw = Object.fromEntries(TEXT_KEYS.map((key) => [key, field(body, `texts.${locale}.${key}`)])) as Record<(typeof TEXT_KEYS)[number], string>;
    draft.texts[locale] = raw;
    if (locale !== site.defaultLocale && TEXT_KEYS.every((key) => raw[key].trim() === '')) {
      texts[locale] = null;
      continue;
    }
    texts[locale] = {
      organisationName: checkText(c, errors, `texts.${locale}.organisationName`, raw.organisationName, SITE_LIMITS.organisationName, true),
      siteTitle: checkText(c, errors, `texts.${locale}.siteTitle`, raw.siteTitle, SITE_LIMITS.siteTitle, true),
      notice: checkText(c, errors, `texts.${locale}.notice`, raw.notice, SITE_LIMITS.notice),
    };
  }
  const publicUrl = checkText(c, errors, 'publicUrl', draft.publicUrl, SITE_LIMITS.publicUrl, true);
  if (!errors.publicUrl && !/^https?:\/\/[^\s/]+/.test(publicUrl)) errors.publicUrl = t.inputError('url', {});
  const timeZone = draft.timeZone.trim();
  if (timeZone === '') errors.timeZone = t.inputError('required', {});
  else if (timeZone.length > TIME_ZONE_MAX) errors.timeZone = t.inputError('too-long', { max: TIME_ZONE_MAX });
  else if (!isTimeZone(timeZone)) errors.timeZone = t.inputError('time-zone', {});
  const reviewedOn = draft.reviewedOn.trim();
  if (reviewedOn !== '' && !isLocalDate(reviewedOn)) errors.accessibilityReviewedOn = t.inputError('date-format', {});
  const input: Omit<SiteEditInput, 'expectedVersion'> = {
    publicUrl,
    offeredLocales: [site.defaultLocale, ...draft.offered],
    timeZone,
    accessibilityReviewedOn: reviewedOn === '' ? null : reviewedOn,
    texts,
  };
  return { draft, errors, input };
}

async function conflictView(c: AdminContext, loaded: Loaded): Promise<ConflictView> {
  const t = c.var.t;
  const { site } = loaded;
  const fmt = adminFormatter(c, site.timeZone);
  const rows: ConflictView['rows'] = [];
  for (const { locale, ...text } of defaultFirst(Object.entries(site.texts).map(([locale, value]) => ({ locale, ...value })), site.defaultLocale)) {
    const language = t.languageName(locale);
    rows.push(
      { label: `${t.catalog.organisationNameLabel} (${language})`, value: text.organisationName, lang: locale },
      { label: `${t.catalog.siteTitleLabel} (${language})`, value: text.siteTitle, lang: locale },
      { label: `${t.catalog.siteNoticeLabel} (${language})`, value: text.notice, lang: locale },
    );
  }
  rows.push(
    { label: t.catalog.languagesLegend, value: site.offeredLocales.map((locale) => t.languageName(locale)).join(', ') },
    { label: t.catalog.publicUrlLabel, value: site.publicUrl },
    { label: t.catalog.timeZoneLabel, value: site.timeZone },
    { label: t.catalog.reviewedOnLabel, value: site.accessibilityReviewedOn ?? '' },
  );
  return { intro: await conflictIntro(c, { type: 'site', id: 1, changedAt: loaded.updatedAt }, fmt), rows };
}

export function settingsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/settings', requireRole('admin'), async (c) => {
    const loaded = await loadForEdit(c);
    const message = c.req.query('saved') !== undefined ? { kind: 'ok' as const, text: c.var.t.catalog.settingsSaved } : null;
    return render(c, loaded, draftOf(loaded.site), { message });
  });

  app.post('/settings', requireRole('admin'), async (c) => {
    const t = c.var.t;
    const loaded = await loadForEdit(c);
    const body = await formOf(c);
    const version = versionOf(body);
    const { draft, errors, input } = readSettingsForm(c, body, loaded.site);
    if (hasErrors(errors)) return render(c, loaded, draft, { errors, version }, 422);
    let result: { changed: boolean };
    try {
      result = await updateSite(c.var.db, c.var.clock, { ...input, expectedVersion: version }, authOf(c).actor);
    } catch (error) {
      if (error instanceof ConflictError) {
        const fresh = await loadForEdit(c);
        return render(c, fresh, draft, { message: { kind: 'error', text: t.conflict }, conflict: await conflictView(c, fresh) }, 409);
      }
      if (error instanceof InputError) {
        const name = error.field === 'texts' ? `texts.${loaded.site.defaultLocale}.organisationName` : (error.field ?? 'publicUrl');
        return render(c, loaded, draft, { errors: { [name]: t.inputError(error.code, error.params) }, version }, 422);
      }
      throw error;
    }
    c.var.publicState.invalidate();
    if (!result.changed) return render(c, loaded, draft, { message: { kind: 'ok', text: t.catalog.nothingChanged } });
    return c.redirect('/admin/settings?saved', 303);
  });

  return app;
}
