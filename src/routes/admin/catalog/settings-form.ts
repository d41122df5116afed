/**
 * The site settings form: its schema (names and notice per language, the offered languages,
 * the public address, the time zone, the accessibility review date) and its drafts.
 *
 * The languages it lists: the default, every language offered, the six a Swedish municipality
 * is expected to offer (SUGGESTED_LOCALES) and every language the public interface exists in
 * (so each can be offered with a tick); any other language is added by its code, and from
 * then on has fields in every content form.
 */
import type { SettingsDraft } from '../../../../views/admin/pages/SettingsPage';
import { contentLocaleOf, INTERFACE_LOCALES } from '../../../domain/locales';
import { SUGGESTED_LOCALES } from '../../../i18n/admin/language-names';
import { isLocalDate } from '../../../domain/opening-hours';
import { isTimeZone } from '../../../domain/time-zone';
import { SITE_LIMITS, type Site, type SiteEditInput } from '../../../store/site';
import { checkbox, group, perLanguage, text, typedValue, version, type FormLanguage, sent } from '../forms/fields';
import { isGroup, typed, type FormBody, type FormKit } from '../forms/parse';

const TEXT_KEYS = ['organisationName', 'siteTitle', 'notice'] as const;
const TIME_ZONE_MAX = 64;

/** The languages the settings form lists, in order: the default, the offered ones, then the suggested and the interface's others. */
export function settingsLocales(site: Pick<Site, 'defaultLocale' | 'offeredLocales'>): string[] {
  const listed = [site.defaultLocale, ...site.offeredLocales, ...SUGGESTED_LOCALES, ...INTERFACE_LOCALES];
  return [...new Set(listed)];
}

export function settingsSchema(kit: FormKit, site: Pick<Site, 'defaultLocale' | 'offeredLocales'>) {
  const { t } = kit;
  const locales = settingsLocales(site);
  const languages: FormLanguage[] = locales.map((locale) => ({ locale, required: locale === site.defaultLocale }));
  const optional = locales.filter((locale) => locale !== site.defaultLocale);
  return group({
    version: version(),
    texts: perLanguage(languages, () => ({
      organisationName: text(kit, SITE_LIMITS.organisationName, { required: true }),
      siteTitle: text(kit, SITE_LIMITS.siteTitle, { required: true }),
      notice: text(kit, SITE_LIMITS.notice),
    })),
    offer: group(Object.fromEntries(optional.map((locale) => [locale, checkbox()]))),
    addLocale: sent().transform((value, ctx) => {
      const typedCode = typedValue(value).trim();
      if (typedCode === '') return null;
      const locale = contentLocaleOf(typedCode);
      if (!locale) ctx.addIssue({ code: 'custom', continue: true, message: t.inputError('unknown-language', { value: typedCode.slice(0, 40) }) });
      return locale;
    }),
    publicUrl: text(kit, SITE_LIMITS.publicUrl, { required: true }).transform((url, ctx) => {
      if (url !== '' && !/^https?:\/\/[^\s/]+/.test(url)) ctx.addIssue({ code: 'custom', continue: true, message: t.inputError('url', {}) });
      return url;
    }),
    timeZone: sent().transform((value, ctx) => {
      const zone = typedValue(value).trim();
      if (zone === '') ctx.addIssue({ code: 'custom', continue: true, message: t.inputError('required', {}) });
      else if (zone.length > TIME_ZONE_MAX) ctx.addIssue({ code: 'custom', continue: true, message: t.inputError('too-long', { max: TIME_ZONE_MAX }) });
      else if (!isTimeZone(zone)) ctx.addIssue({ code: 'custom', continue: true, message: t.inputError('time-zone', {}) });
      return zone;
    }),
    accessibilityReviewedOn: sent().transform((value, ctx) => {
      const date = typedValue(value).trim();
      if (date === '') return null;
      if (!isLocalDate(date)) ctx.addIssue({ code: 'custom', continue: true, message: t.inputError('date-format', {}) });
      return date;
    }),
  }).transform(
    (form): Omit<SiteEditInput, 'expectedVersion'> & { version: number } => ({
      version: form.version,
      publicUrl: form.publicUrl,
      offeredLocales: [...new Set([site.defaultLocale, ...optional.filter((locale) => form.offer[locale]), ...(form.addLocale ? [form.addLocale] : [])])],
      timeZone: form.timeZone,
      accessibilityReviewedOn: form.accessibilityReviewedOn,
      texts: form.texts as SiteEditInput['texts'],
    }),
  );
}

export function settingsDraftOf(body: FormBody, site: Pick<Site, 'defaultLocale' | 'offeredLocales'>): SettingsDraft {
  const locales = settingsLocales(site);
  const offer = isGroup(body.offer) ? body.offer : {};
  return {
    publicUrl: typed(body, 'publicUrl'),
    timeZone: typed(body, 'timeZone'),
    reviewedOn: typed(body, 'accessibilityReviewedOn'),
    offered: locales.filter((locale) => locale !== site.defaultLocale && typed(offer, locale) !== ''),
    addLocale: typed(body, 'addLocale'),
    texts: Object.fromEntries(locales.map((locale) => [locale, Object.fromEntries(TEXT_KEYS.map((key) => [key, typed(body, `texts.${locale}.${key}`)]))])),
  };
}

export function draftOf(site: Site): SettingsDraft {
  return {
    publicUrl: site.publicUrl,
    timeZone: site.timeZone,
    reviewedOn: site.accessibilityReviewedOn ?? '',
    offered: site.offeredLocales.filter((locale) => locale !== site.defaultLocale),
    addLocale: '',
    texts: Object.fromEntries(
      Object.entries(site.texts).map(([locale, text]) => [locale, { organisationName: text.organisationName, siteTitle: text.siteTitle, notice: text.notice }]),
    ),
  };
}
