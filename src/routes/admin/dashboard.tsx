/**
 * The dashboard: what does not work first, each service with its status, what to do instead
 * and when it is expected back, and a quick status change one tap away: a note in each offered
 * language (the default required), published as a dated update, standalone or as an update of
 * an ongoing incident that concerns the service. Ongoing incidents with overdue warnings.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { DashboardPage, StatusRow, type DashboardService, type StatusRowProps } from '../../../views/admin/pages/DashboardPage';
import type { FormMessage } from '../../../views/admin/partials/Form';
import { Announcement } from '../../../views/admin/pages/ServicesParts';
import { isNextUpdateOverdue } from '../../domain/incident';
import { LIMITS } from '../../domain/limits';
import { SERVICE_STATUSES, severity } from '../../domain/status';
import { localText } from '../../present/localize';
import { listActiveIncidents } from '../../store/incidents';
import { listActiveServices, type ServiceWithTexts } from '../../store/services';
import { publishUpdate } from '../../store/publishing';
import { listOpenMonitorFlags } from '../../store/monitor-flags';
import { monitorFlagsView } from './monitor-flags';
import { disabledWebhooksView } from './webhooks/notice';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { choice, idOf, routeId, sent, textPerLanguage, typedValue, version, type FormLanguage } from './forms/fields';
import { readForm, typed, type FormBody, type FormKit } from './forms/parse';
import { attempt } from './forms/store-errors';
import { requireRole } from './middleware';
import { adminChrome, fragment, page } from './render';

const SWEDISH_ONLY: FormLanguage[] = [{ locale: 'sv', required: true }];

/**
 * The status form of one service: a new status, a short note per content language
 * (`note.<locale>`, the default language required, the others null when left empty) and the
 * incident it is an update of (one of `incidentIds`, the open incidents concerning the
 * service; empty for a standalone update).
 */
export function statusChangeSchema(kit: FormKit, languages: readonly FormLanguage[] = SWEDISH_ONLY, incidentIds: readonly number[] = []) {
  const defaultLocale = languages.find((language) => language.required)?.locale ?? languages[0]!.locale;
  return z.preprocess(
    (body) => asPerLanguage(body, defaultLocale),
    z.object({
      version: version(),
      status: choice(kit, SERVICE_STATUSES),
      incident: sent().transform((value, ctx) => {
        if (typedValue(value) === '') return null;
        const id = idOf(value);
        if (id === null || !incidentIds.includes(id)) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('unknown-choice', {}) });
        return id;
      }),
      note: textPerLanguage(kit, languages, LIMITS.shortText),
    }),
  );
}

/**
 * A plain `note` (the form before notes per language, still posted by scripts and clients
 * written against it) is the default language's note: that form only ever wrote that one.
 */
function asPerLanguage(body: unknown, defaultLocale: string): unknown {
  if (typeof body !== 'object' || body === null || typeof (body as FormBody).note !== 'string') return body;
  return { ...(body as FormBody), note: { [defaultLocale]: (body as FormBody).note } };
}

type ActiveIncident = Awaited<ReturnType<typeof listActiveIncidents>>[number];

function dashboardService(c: AdminContext, service: ServiceWithTexts, incidents: ActiveIncident[]): DashboardService {
  const { fmt, textLanguages } = c.var.admin;
  const restorationNote = localText(service.texts, textLanguages, (row) => row.restorationNote).text;
  return {
    id: service.id,
    name: localText(service.texts, textLanguages, (row) => row.name).text,
    status: service.status,
    statusChangedAt: fmt.dateTime(service.statusChangedAt),
    workaround: localText(service.texts, textLanguages, (row) => row.workaround).text,
    restorationAt: service.expectedRestorationAt ? fmt.dateTime(service.expectedRestorationAt) : null,
    restorationNote,
    version: service.version,
    incidents: incidentsOf(service.id, incidents).map((incident) => ({ id: incident.id, title: localText(incident.texts, textLanguages, (row) => row.title).text })),
  };
}

/** The open incidents a quick change of this service may be posted to: those that concern it. */
function incidentsOf(serviceId: number, incidents: ActiveIncident[]): ActiveIncident[] {
  return incidents.filter((incident) => incident.services.some((link) => link.serviceId === serviceId));
}

/** The content languages left without a note, named, after a save. */
function missingNotes(c: AdminContext, notes: Record<string, string | null>): FormMessage[] {
  const { languages, t } = c.var.admin;
  const original = languages.find((language) => language.required);
  return languages
    .filter((language) => !language.required && !notes[language.locale])
    .map((language) => ({ kind: 'warning', text: t.dashboard.missingTranslation(language.name, original?.name ?? '') }));
}

/** The form as typed, to show again. */
function draftOf(c: AdminContext, body: FormBody): NonNullable<StatusRowProps['draft']> {
  const notes: Record<string, string> = {};
  const group = asPerLanguage(body, c.var.admin.site.defaultLocale) as FormBody;
  const notesGroup = (group as FormBody).note;
  for (const language of c.var.admin.languages) {
    notes[language.locale] = notesGroup && typeof notesGroup === 'object' && !Array.isArray(notesGroup) && !(notesGroup instanceof File) ? typed(notesGroup, language.locale) : '';
  }
  return { status: typed(body, 'status'), incident: typed(body, 'incident'), notes };
}

type RowState = Omit<StatusRowProps, 'chrome' | 'publicWords' | 'languages'>;

async function renderDashboard(c: AdminContext, override?: { serviceId: number; row: StatusRowProps }, status: 200 | 409 | 422 = 200) {
  const { db } = c.var;
  const { fmt, publicWords, textLanguages, now, languages } = c.var.admin;
  const [services, incidents, flags] = await Promise.all([listActiveServices(db), listActiveIncidents(db), listOpenMonitorFlags(db)]);
  const chrome = adminChrome(c);
  const flashId = Number(c.req.query('published'));
  const flashed = services.find((service) => service.id === flashId);
  const shown = services.map((service) => dashboardService(c, service, incidents));
  // Worst first; the sort is stable, so services of one severity keep the catalogue order.
  const notWorking = shown.filter((service) => service.status !== 'operational').sort((a, b) => severity(b.status) - severity(a.status));
  if (flashed && !override) {
    // Without JavaScript the confirmation (and any missing translation) is shown at the row too.
    const missing = new Set(c.req.queries('missing') ?? []);
    const row = shown.find((service) => service.id === flashed.id)!;
    const messages: FormMessage[] = [
      { kind: 'ok', text: chrome.t.statusPublished(row.name, publicWords.status[flashed.status]) },
      ...missingNotes(c, Object.fromEntries(languages.map((language) => [language.locale, missing.has(language.locale) ? null : 'x']))),
    ];
    override = { serviceId: flashed.id, row: { chrome, publicWords, languages, service: row, messages } };
  }
  return page(
    c,
    <DashboardPage
      chrome={chrome}
      publicWords={publicWords}
      languages={languages}
      flash={flashed ? chrome.t.statusPublished(localText(flashed.texts, textLanguages, (row) => row.name).text, publicWords.status[flashed.status]) : null}
      incidents={incidents.map((incident) => ({
        title: localText(incident.texts, textLanguages, (row) => row.title).text,
        href: `/admin/incidents/${incident.id}`,
        nextUpdateDue: incident.nextUpdateDueAt ? fmt.dateTime(incident.nextUpdateDueAt) : null,
        overdue: isNextUpdateOverdue(incident, now),
      }))}
      notWorking={notWorking}
      working={shown.filter((service) => service.status === 'operational')}
      override={override}
      monitorFlags={monitorFlagsView(c, services, flags)}
      disabledWebhooks={await disabledWebhooksView(c)}
    />,
    status,
  );
}

export function dashboardRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/', requireRole('editor'), (c) => renderDashboard(c));

  app.post('/services/:id/status', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const { t, publicWords, languages } = c.var.admin;
    const serviceId = routeId(c);
    const current = serviceId === null ? undefined : (await listActiveServices(db)).find((service) => service.id === serviceId);
    if (!current) return c.notFound();
    const incidents = await listActiveIncidents(db);
    const allowed = incidentsOf(current.id, incidents).map((incident) => incident.id);
    const form = await readForm(c, (kit) => statusChangeSchema(kit, languages, allowed));
    const draft = draftOf(c, form.body);

    const respond = async (status: 200 | 409 | 422, row: RowState) => {
      if (isHtmx(c)) return fragment(c, <StatusRow chrome={adminChrome(c)} publicWords={publicWords} languages={languages} {...row} />, status);
      // Without JavaScript the whole dashboard comes back, this row as the editor left it.
      return renderDashboard(c, { serviceId: current.id, row: { chrome: adminChrome(c), publicWords, languages, ...row } }, status);
    };

    if (!form.ok) return respond(422, { service: dashboardService(c, current, incidents), draft, errors: form.errors });
    const notes: Record<string, string> = {};
    for (const [locale, note] of Object.entries(form.value.note)) if (note) notes[locale] = note;
    const published = await attempt(
      t,
      () =>
        publishUpdate(
          db,
          clock,
          // Each note under the language it was written in: a missing one is left out, never copied.
          { incidentId: form.value.incident ?? null, texts: notes, changes: [{ serviceId: current.id, to: form.value.status, expectedVersion: form.value.version }] },
          authOf(c).actor,
        ),
      (field) => (field === 'changes' || field?.startsWith('changes.') ? 'status' : field === 'incidentId' ? 'incident' : `note.${languages[0]!.locale}`),
      {
        invalid: (errors) => respond(422, { service: dashboardService(c, current, incidents), draft, errors }),
        conflict: async () => {
          const fresh = (await listActiveServices(db)).find((service) => service.id === current.id) ?? current;
          return respond(409, { service: dashboardService(c, fresh, incidents), draft, messages: [{ kind: 'error', text: `${t.conflict} ${publicWords.status[fresh.status]}.` }] });
        },
        notFound: () => c.notFound(),
      },
    );
    if (!published.ok) return published.answer;
    const missing = missingNotes(c, form.value.note);
    if (!isHtmx(c)) {
      const query = new URLSearchParams({ published: String(current.id) });
      for (const language of languages) if (!language.required && !form.value.note[language.locale]) query.append('missing', language.locale);
      return c.redirect(`/admin?${query}#service-${current.id}`, 303);
    }
    const updated = (await listActiveServices(db)).find((service) => service.id === current.id)!;
    const row = dashboardService(c, updated, incidents);
    const said = t.statusPublished(row.name, publicWords.status[updated.status]);
    // Shown at the row, and said in the page's status region (swapped out of band).
    return fragment(
      c,
      <>
        <StatusRow chrome={adminChrome(c)} publicWords={publicWords} languages={languages} service={row} messages={[{ kind: 'ok', text: said }, ...missing]} />
        <Announcement text={[said, ...missing.map((message) => message!.text)].join(' ')} />
      </>,
      200,
    );
  });

  return app;
}
