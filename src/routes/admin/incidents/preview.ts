/**
 * The preview of an update: the would-be update is shaped like a stored one and passed
 * through the same presenter and view the public incident page uses, so what the editor
 * sees is what readers will get. Nothing is written.
 */
import type { UpdatePreviewProps } from '../../../../views/admin/pages/IncidentPreview';
import type { IncidentPhase } from '../../../domain/incident';
import { isInterfaceLocale, publicLocalesOf } from '../../../domain/locales';
import type { AdminMessages } from '../../../i18n/admin';
import { presentUpdate } from '../../../present/update';
import type { UpdateWithDetails } from '../../../store/updates';
import type { UpdateForm } from './form';
import type { IncidentData, IncidentRecord } from './page';

/** Would-be update rows, as `publishUpdate` would store them now. */
function wouldBeUpdate(data: IncidentData, incident: IncidentRecord, update: UpdateForm, phase: IncidentPhase | undefined): UpdateWithDetails {
  const byId = new Map(data.services.map((service) => [service.id, service]));
  return {
    id: 0,
    uid: 'preview',
    incidentId: incident.id,
    incidentPhase: phase ?? null,
    publishedAt: data.now,
    createdAt: data.now,
    texts: Object.entries(update.texts).map(([locale, body]) => ({ updateId: 0, locale, body, createdAt: data.now })),
    // A service ticked as newly affected is mentioned without a change, as publishing does.
    services: [...update.changes, ...update.mentions.map((serviceId) => ({ serviceId, to: null }))].flatMap((change) => {
      const service = byId.get(change.serviceId);
      if (!service) return [];
      // Choosing the status a service already has only mentions it, as publishing does.
      const changes = change.to !== null && service.status !== change.to;
      return [
        {
          updateId: 0,
          serviceId: service.id,
          statusBefore: changes ? service.status : null,
          statusAfter: changes ? change.to : null,
          service: {
            id: service.id,
            slug: service.slug,
            retiredAt: service.retiredAt,
            texts: service.texts.map((row) => ({ locale: row.locale, name: row.name, updatedAt: row.updatedAt })),
          },
        },
      ];
    }),
    corrections: [],
    // An update to an incident is no maintenance's.
    maintenance: null,
    incident: {
      id: incident.id,
      slug: incident.slug,
      texts: incident.texts.map((row) => ({ locale: row.locale, title: row.title, updatedAt: row.updatedAt })),
    },
  };
}

export function previewOf(
  t: AdminMessages,
  data: IncidentData,
  incident: IncidentRecord,
  update: UpdateForm,
  phase: IncidentPhase | undefined,
): Omit<UpdatePreviewProps, 'chrome'> {
  const stored = wouldBeUpdate(data, incident, update, phase);
  const effects: string[] = [];
  if (phase === 'resolved' && incident.resolvedAt === null) effects.push(t.incidents.previewResolves);
  else if (phase && phase !== incident.phase) effects.push(t.incidents.previewPhase(data.words.phase[phase]));
  if (phase !== 'resolved') {
    if (update.nextUpdateDueAt === null && incident.nextUpdateDueAt !== null) effects.push(t.incidents.previewNextCleared);
    if (update.nextUpdateDueAt) effects.push(t.incidents.previewNextSet(data.fmt.dateTime(update.nextUpdateDueAt)));
  }
  return {
    effects,
    // A language offered for content but not served publicly yet: the text as written.
    contentOnly: data.contentLanguages
      .filter((language) => !isInterfaceLocale(language.locale) && (update.texts[language.locale] ?? '') !== '')
      .map((language) => ({ languageName: language.name, lang: language.locale, dir: language.dir === 'rtl' ? ('rtl' as const) : undefined, text: update.texts[language.locale]! })),
    // As readers will get it: in each language the public pages are served in.
    versions: publicLocalesOf(data.site.offeredLocales).map((locale) => {
      const context = data.publicContext(locale, incident.slug);
      const entry = presentUpdate(stored, context);
      return {
        languageName: t.languageName(locale),
        publicChrome: context.chrome,
        // Its own anchor, so two previews never share an id; the link goes to the incident page.
        entry: { ...entry, anchor: `preview-${locale}`, permalink: context.paths.incident(incident.slug) },
      };
    }),
  };
}

/**
 * The phase sent with an update: every update states the phase, except that a resolved
 * incident stays resolved (with its original time) when the editor leaves it so.
 */
export function phaseToPublish(incident: IncidentRecord, phase: IncidentPhase): IncidentPhase | undefined {
  return incident.resolvedAt !== null && phase === 'resolved' ? undefined : phase;
}
