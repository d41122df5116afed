/** Site settings (admins only): names and notice per language, address, languages, time zone. */
import { Hono } from 'hono';
import type { ConflictView } from '../../../../views/admin/pages/ServicesParts';
import { SettingsPage, type SettingsDraft } from '../../../../views/admin/pages/SettingsPage';
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import { isInterfaceLocale } from '../../../domain/locales';
import { ownLanguageName } from '../../../i18n/admin/language-names';
import { DEFAULT_SITE, loadSiteForEdit, updateSite, type Site } from '../../../store/site';
import { contentLanguagesOf } from '../context';
import { authOf, type AdminContext, type AdminEnv } from '../env';
import { version } from '../forms/fields';
import { readForm } from '../forms/parse';
import { attempt } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';
import { draftOf, settingsDraftOf, settingsLocales, settingsSchema } from './settings-form';
import { conflictIntro, defaultFirst, languageBlocks } from './view-model';

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
  const t = c.var.t;
  // The form lists more languages than are offered: those it can offer with a tick.
  const languages = contentLanguagesOf({ defaultLocale: site.defaultLocale, offeredLocales: settingsLocales(site) }, t);
  return page(
    c,
    <SettingsPage
      chrome={adminChrome(c)}
      version={extra.version ?? loaded.version}
      draft={draft}
      languages={languageBlocks(c, siteTextRows(site), { languages, optionalHint: t.catalog.optionalSiteLanguageHint })}
      optionalLocales={languages
        .filter((language) => !language.required)
        .map(({ locale, name, dir }) => ({ locale, name, ownName: ownLanguageName(locale), dir, contentOnly: isInterfaceLocale(locale) ? null : t.catalog.contentOnlyLanguage(name) }))}
      errors={extra.errors ?? {}}
      message={extra.message ?? null}
      conflict={extra.conflict ?? null}
    />,
    status,
  );
}

async function conflictView(c: AdminContext, loaded: Loaded): Promise<ConflictView> {
  const t = c.var.t;
  const { site } = loaded;
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
  return { intro: await conflictIntro(c, { type: 'site', id: 1, changedAt: loaded.updatedAt }), rows };
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
    const form = await readForm(c, (kit) => settingsSchema(kit, loaded.site));
    const draft = settingsDraftOf(form.body, loaded.site);
    const loadedVersion = version().parse(form.body.version);
    const again = (errors: FieldErrors) => render(c, loaded, draft, { errors, version: loadedVersion }, 422);
    if (!form.ok) return again(form.errors);
    const { version: expectedVersion, ...input } = form.value;
    const defaultName = `texts.${loaded.site.defaultLocale}.organisationName`;
    const saved = await attempt(t, () => updateSite(c.var.db, c.var.clock, { ...input, expectedVersion }, authOf(c).actor), (field) => (field === 'texts' ? defaultName : (field ?? 'publicUrl')), {
      invalid: again,
      conflict: async () => {
        const fresh = await loadForEdit(c);
        return render(c, fresh, draft, { message: { kind: 'error', text: t.conflict }, conflict: await conflictView(c, fresh) }, 409);
      },
      notFound: () => c.notFound(),
    });
    if (!saved.ok) return saved.answer;
    if (!saved.value.changed) return render(c, loaded, draft, { message: { kind: 'ok', text: t.catalog.nothingChanged } });
    return c.redirect('/admin/settings?saved', 303);
  });

  return app;
}
