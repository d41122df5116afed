/**
 * The preview of a new incident: its first update shaped like a stored one and passed through
 * the public presenter and entry view (./preview.ts), under the notice as the public page words
 * it, at the address it will get. Nothing is written; the form below keeps the draft and its
 * Publish button posts it for real.
 */
import type { UpdatePreviewProps } from '../../../../views/admin/pages/IncidentPreview';
import { NOTICE_QUESTIONS } from '../../../domain/incident';
import type { AdminMessages } from '../../../i18n/admin';
import type { NewIncidentForm, UpdateForm } from './form';
import type { IncidentData, IncidentRecord } from './page';
import { previewOf } from './preview';
import { publicLocalesOf } from '../../../domain/locales';
import { localText } from '../../../present/localize';

export interface NewIncidentPreview extends Omit<UpdatePreviewProps, 'chrome'> {
  /** The public address it will get ("/handelser/it-angrepp-2"). */
  address: string;
}

export function newIncidentPreviewOf(t: AdminMessages, data: IncidentData, form: NewIncidentForm, slug: string): NewIncidentPreview {
  // The incident as openIncident would store it now: only what the presenter reads.
  const wouldBe = {
    id: 0,
    slug,
    phase: form.phase,
    resolvedAt: null,
    nextUpdateDueAt: null,
    texts: Object.entries(form.texts).map(([locale, notice]) => ({
      locale,
      title: notice.title,
      ...Object.fromEntries(NOTICE_QUESTIONS.map((question) => [question, notice[question] ?? ''])),
      updatedAt: data.now,
    })),
  } as unknown as IncidentRecord;
  const update: UpdateForm = { incidentVersion: 0, phase: form.phase, texts: form.update.texts, changes: form.update.changes, mentions: [], unaffected: [], nextUpdateDueAt: form.nextUpdateDueAt };
  const preview = previewOf(t, data, wouldBe, update, form.phase);
  const effects = [t.incidents.previewStarted(data.fmt.dateTime(form.startedAt)), t.incidents.previewPhase(data.words.phase[form.phase]), ...preview.effects];
  // The notice too, in every public language, as the incident page words it (a language
  // without its own text shows the default's, marked, as the public page will).
  const rows = wouldBe.texts;
  const notices = publicLocalesOf(data.site.offeredLocales).map((locale) => {
    const context = data.publicContext(locale, slug);
    const languages = { locale, defaultLocale: data.site.defaultLocale };
    return {
      languageName: t.languageName(locale),
      publicChrome: context.chrome,
      title: localText(rows, languages, (row) => row.title),
      answers: NOTICE_QUESTIONS.map((question) => ({ question: context.chrome.t.noticeQuestions[question], text: localText(rows, languages, (row) => row[question]) })).filter(
        (answer) => answer.text.text !== '',
      ),
    };
  });
  return { ...preview, effects, notices, address: data.publicContext(data.site.defaultLocale, slug).paths.incident(slug) };
}
