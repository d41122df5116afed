/**
 * The dashboard: every service with its status, a two-click status change with a short note
 * (published as a dated update), and ongoing incidents with overdue warnings.
 */
import { Hono } from 'hono';
import { DashboardPage, StatusRow, type DashboardService } from '../../../views/admin/pages/DashboardPage';
import { isNextUpdateOverdue } from '../../domain/incident';
import { LIMITS } from '../../domain/limits';
import { isServiceStatus } from '../../domain/status';
import { formatterFor } from '../../i18n/format';
import { messagesFor } from '../../i18n';
import { localText } from '../../present/localize';
import { ConflictError, InputError } from '../../store/errors';
import { listActiveIncidents } from '../../store/incidents';
import { listActiveServices, type ServiceWithTexts } from '../../store/services';
import { publishUpdate } from '../../store/publishing';
import { authOf, isHtmx, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, fragment, page } from './render';

function formatterOf(c: AdminContext) {
  return formatterFor(messagesFor(c.var.adminLocale).intlLocale, 'Europe/Stockholm');
}

function dashboardService(c: AdminContext, service: ServiceWithTexts): DashboardService {
  return {
    id: service.id,
    name: localText(service.texts, { locale: c.var.adminLocale, defaultLocale: 'sv' }, (row) => row.name).text,
    status: service.status,
    statusChangedAt: formatterOf(c).dateTime(service.statusChangedAt),
    version: service.version,
  };
}

async function renderDashboard(c: AdminContext, override?: { serviceId: number; row: Parameters<typeof StatusRow>[0] }, status: 200 | 409 | 422 = 200) {
  const { db, clock } = c.var;
  const [services, incidents] = await Promise.all([listActiveServices(db), listActiveIncidents(db)]);
  const fmt = formatterOf(c);
  const chrome = adminChrome(c);
  const languages = { locale: c.var.adminLocale, defaultLocale: 'sv' };
  const flashId = Number(c.req.query('published'));
  const flashed = services.find((service) => service.id === flashId);
  const publicWords = messagesFor(c.var.adminLocale);
  return page(
    c,
    <DashboardPage
      chrome={chrome}
      publicWords={publicWords}
      flash={flashed ? chrome.t.statusPublished(localText(flashed.texts, languages, (row) => row.name).text, publicWords.status[flashed.status]) : null}
      incidents={incidents.map((incident) => ({
        title: localText(incident.texts, languages, (row) => row.title).text,
        href: `/admin/incidents/${incident.id}`,
        nextUpdateDue: incident.nextUpdateDueAt ? fmt.dateTime(incident.nextUpdateDueAt) : null,
        overdue: isNextUpdateOverdue(incident, clock.now()),
      }))}
      services={services.map((service) => dashboardService(c, service))}
    />,
    status,
  );
}

export function dashboardRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/', requireRole('editor'), (c) => renderDashboard(c));

  app.post('/services/:id/status', requireRole('editor'), async (c) => {
    const { db, clock } = c.var;
    const t = c.var.t;
    const auth = authOf(c);
    const serviceId = Number(c.req.param('id'));
    const body = await c.req.parseBody();
    const draft = {
      status: typeof body.status === 'string' ? body.status : '',
      note: typeof body.note === 'string' ? body.note : '',
    };
    const version = Number(body.version);
    const services = await listActiveServices(db);
    const current = services.find((service) => service.id === serviceId);
    if (!current) return c.notFound();
    const publicWords = messagesFor(c.var.adminLocale);

    const errors: Record<string, string> = {};
    if (!isServiceStatus(draft.status)) errors.status = t.inputError('unknown-choice', {});
    const note = draft.note.trim();
    if (!note) errors.note = t.inputError('required', {});
    else if (note.length > LIMITS.shortText) errors.note = t.inputError('too-long', { max: LIMITS.shortText });

    const respond = async (status: 200 | 409 | 422, row: Omit<Parameters<typeof StatusRow>[0], 'chrome' | 'publicWords'>) => {
      if (isHtmx(c)) return fragment(c, <StatusRow chrome={adminChrome(c)} publicWords={publicWords} {...row} />, status);
      return renderDashboard(c, undefined, status);
    };

    if (Object.keys(errors).length > 0) {
      return respond(422, {
        service: dashboardService(c, current),
        draft,
        errors,
        message: { kind: 'error', text: t.formHasErrors(Object.keys(errors).length) },
      });
    }
    try {
      await publishUpdate(
        db,
        clock,
        {
          texts: { sv: note },
          changes: [{ serviceId, to: draft.status as never, expectedVersion: Number.isInteger(version) ? version : -1 }],
        },
        auth.actor,
      );
    } catch (error) {
      if (error instanceof ConflictError) {
        const fresh = (await listActiveServices(db)).find((service) => service.id === serviceId) ?? current;
        return respond(409, {
          service: dashboardService(c, fresh),
          draft,
          message: { kind: 'error', text: `${t.conflict} ${publicWords.status[fresh.status]}.` },
        });
      }
      if (error instanceof InputError) {
        return respond(422, {
          service: dashboardService(c, current),
          draft,
          errors: { [error.field === 'changes' ? 'status' : 'note']: t.inputError(error.code, error.params) },
          message: { kind: 'error', text: t.formHasErrors(1) },
        });
      }
      throw error;
    }
    c.var.publicState.invalidate();
    const updated = (await listActiveServices(db)).find((service) => service.id === serviceId)!;
    if (!isHtmx(c)) return c.redirect(`/admin?published=${serviceId}#service-${serviceId}`, 303);
    const row = dashboardService(c, updated);
    return respond(200, {
      service: row,
      message: { kind: 'ok', text: t.statusPublished(row.name, publicWords.status[updated.status]) },
    });
  });

  return app;
}
