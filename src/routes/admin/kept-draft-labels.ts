/**
 * The labels of a kept draft's fields (./kept-draft.ts) on the page that sends it after
 * signing in again: the words the form itself showed ("Rubrik (engelska)", "Uppdatering på
 * svenska"), not the field's name ("en.title"). Read from the console's one naming scheme
 * (field names are paths, docs/decisions/0028): `<locale>.<notice field>`, `update.<locale>`,
 * `closing.<locale>`, `note.<locale>`, `names.<locale>`, `texts.<locale>.<field>`. The
 * languages are whatever tag is in the name, named by Intl, so a third language needs no code.
 * A name outside the scheme keeps its own name.
 */
import { NOTICE_QUESTIONS, type NoticeQuestion } from '../../domain/incident';
import { contentLocaleOf } from '../../domain/locales';
import type { AdminMessages } from '../../i18n/admin';
import type { Messages } from '../../i18n/messages';

function isQuestion(field: string): field is NoticeQuestion {
  return (NOTICE_QUESTIONS as readonly string[]).includes(field);
}

/** Per-language fields of the notice, a template, a correction, a maintenance and the catalog. */
function fieldInLanguage(t: AdminMessages, words: Messages, field: string, catalog: boolean): string | null {
  if (field === 'title') return catalog ? t.maintenance.titleLabel : t.incidents.noticeTitleLabel;
  if (isQuestion(field)) return words.noticeQuestions[field];
  const labels: Record<string, string> = catalog
    ? {
        name: t.catalog.nameLabel,
        description: t.catalog.descriptionLabel,
        workaround: t.catalog.workaroundLabel,
        restorationNote: t.catalog.restorationNoteLabel,
        note: t.catalog.channelNoteLabel,
        organisationName: t.catalog.organisationNameLabel,
        siteTitle: t.catalog.siteTitleLabel,
        notice: t.catalog.siteNoticeLabel,
      }
    : { body: t.incidents.correctedTextLabel, reason: t.incidents.correctionReasonLabel };
  return labels[field] ?? null;
}

/** Single fields whose name is not a path, as the forms label them. */
function plainFieldLabel(name: string, t: AdminMessages): string | null {
  const labels: Record<string, string> = {
    slug: t.incidents.slugLabel,
    displayName: t.accountSecurity.displayName,
    address: t.catalog.addressLabel,
  };
  return labels[name] ?? null;
}

export function keptFieldLabel(name: string, t: AdminMessages, words: Messages): string {
  const plain = plainFieldLabel(name, t);
  if (plain) return plain;
  const parts = name.split('.');
  const language = (locale: string | undefined) => (locale !== undefined && contentLocaleOf(locale) === locale ? t.languageName(locale) : null);
  if (parts.length === 2) {
    const [first, second] = parts as [string, string];
    const named = language(second);
    if (named) {
      if (first === 'update') return t.incidents.updateTextLabel(named);
      if (first === 'closing') return t.incidents.closingTextLabel(named);
      if (first === 'note') return t.dashboard.noteIn(named);
      if (first === 'names') return `${t.catalog.nameLabel} (${named})`;
    }
    const inLanguage = language(first);
    if (inLanguage) {
      if (second === 'update') return t.incidents.updateTextLabel(inLanguage);
      if (second === 'name') return t.templates.nameLabel(inLanguage);
      const label = fieldInLanguage(t, words, second, false);
      if (label) return `${label} (${inLanguage})`;
    }
  }
  if (parts.length === 3 && parts[0] === 'texts') {
    const named = language(parts[1]);
    const label = named ? fieldInLanguage(t, words, parts[2]!, true) : null;
    if (named && label) return `${label} (${named})`;
  }
  return name;
}
