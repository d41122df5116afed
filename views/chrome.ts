/**
 * What every page around its content needs: words, formatting, site identity, navigation and
 * the other languages of the same page. Built once per request by the route; views only read it.
 */
import type { Formatter } from '../src/i18n/format';
import type { Messages } from '../src/i18n/messages';

export interface LanguageAlternate {
  lang: string;
  /** The language's name in itself ("Suomi", "العربية"), for the language switch. */
  name: string;
  /** Its writing direction, for `dir` on its name in a page of another direction. */
  dir: 'ltr' | 'rtl';
  /** The site's default language: its page is also the `x-default` alternate. */
  isDefault: boolean;
  /** Absolute URL of the same page in that language (for hreflang). */
  href: string;
  /** The same page's path, for links (independent of the configured public URL). */
  path: string;
}

export interface PageChrome {
  t: Messages;
  fmt: Formatter;
  organisationName: string;
  siteTitle: string;
  /** The meta description, in the page's language. */
  description: string;
  isExampleData: boolean;
  lastUpdated: Date;
  canonicalUrl: string;
  /** Every offered language of this page, this one included (for hreflang). */
  alternates: LanguageAlternate[];
  /** `api`: the API page; absent where there is no API (the static export). */
  nav: { overview: string; history: string; accessibility: string; subscribe: string; api?: string };
  /** Feeds relevant to this page, for autodiscovery (`<link rel="alternate">`). */
  feeds: { title: string; type: string; href: string }[];
  /**
   * `inlineIcons`: the icon sprite itself, put into the page by the static export, whose pages
   * may be opened from file:// where browsers refuse a sprite in another file; `icons` is then ''.
   */
  assets: { stylesheet: string; icons: string; inlineIcons?: string; favicon?: string };
}

/** A piece of content in the language it is actually written in. */
export interface LocalText {
  text: string;
  /** BCP 47 tag of the text; differs from the page language when a translation is missing. */
  lang: string;
  /** Set when this is a translation older than the text in the original language. */
  stale?: { originalLang: string; originalUpdatedAt: Date } | null;
}
