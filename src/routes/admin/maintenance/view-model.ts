/**
 * What the maintenance pages show: rows for the list (status, window in the site's zone,
 * services, in the admin's language) and the detail of one maintenance. The store has no
 * "find one maintenance" yet, so the detail is read here with the same relations the store's
 * lists use (a read, never a write).
 */
import { eq } from 'drizzle-orm';
import type { MaintenanceRow, MaintenanceDetail, ServiceOption } from '../../../../views/admin/pages/MaintenanceParts';
import { maintenances } from '../../../db/schema';
import { isOpenMaintenance, isUnderWay } from '../../../domain/maintenance';
import { listMaintenancesForCalendar } from '../../../store/maintenance';
import { listServicesForAdmin } from '../../../store/services';
import { adminText } from '../catalog/view-model';
import type { AdminContext } from '../env';
import { localPartsOf } from '../forms/fields';
import type { TextsDraft, WindowDraft } from './form';

const details = {
  incident: {
    with: {
      texts: true,
      services: { with: { service: { columns: { id: true, slug: true, status: true, retiredAt: true }, with: { texts: true } } } },
    },
  },
} as const;

export function findMaintenance(c: AdminContext, incidentId: number) {
  return c.var.db.query.maintenances.findFirst({ where: eq(maintenances.incidentId, incidentId), with: details });
}

type Found = NonNullable<Awaited<ReturnType<typeof findMaintenance>>>;
type Listed = Awaited<ReturnType<typeof listMaintenancesForCalendar>>[number];

function rowOf(c: AdminContext, maintenance: Found | Listed): MaintenanceRow {
  const { fmt, t } = c.var.admin;
  const title = adminText(c, maintenance.incident.texts, (row) => row.title);
  return {
    id: maintenance.incidentId,
    title: title.text,
    titleLang: title.lang,
    status: maintenance.status,
    statusText: t.maintenance.status[maintenance.status],
    window: t.maintenance.window(fmt.dateTime(maintenance.scheduledStartAt), fmt.dateTime(maintenance.scheduledEndAt)),
    services: maintenance.incident.services.map((link) => adminText(c, link.service.texts, (row) => row.name).text),
  };
}

/** Every maintenance (the calendar's list: the newest 200 by start), grouped as the list page shows them. */
export async function listRows(c: AdminContext) {
  const all = await listMaintenancesForCalendar(c.var.db);
  const byStart = [...all].reverse();
  return {
    upcoming: byStart.filter((m) => m.status === 'scheduled').map((m) => rowOf(c, m)),
    underWay: byStart.filter((m) => isUnderWay(m.status)).map((m) => rowOf(c, m)),
    past: all.filter((m) => !isOpenMaintenance(m.status)).map((m) => rowOf(c, m)),
  };
}

export async function serviceOptions(c: AdminContext): Promise<ServiceOption[]> {
  const services = await listServicesForAdmin(c.var.db);
  return services
    .filter((service) => !service.retiredAt)
    .map((service) => {
      const name = adminText(c, service.texts, (row) => row.name);
      return { id: service.id, name: name.text, lang: name.lang };
    });
}

export function textsOf(maintenance: Found): TextsDraft {
  return Object.fromEntries(
    maintenance.incident.texts.map((row) => [row.locale, { title: row.title, whatHappened: row.whatHappened ?? '', affectsMe: row.affectsMe ?? '' }]),
  ) as TextsDraft;
}

export function windowOf(c: AdminContext, maintenance: Found): WindowDraft {
  const zone = c.var.admin.site.timeZone;
  const start = localPartsOf(maintenance.scheduledStartAt, zone);
  const end = localPartsOf(maintenance.scheduledEndAt, zone);
  return { startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
}

export function detailOf(c: AdminContext, maintenance: Found): MaintenanceDetail {
  return { ...rowOf(c, maintenance), version: maintenance.incident.version, slug: maintenance.incident.slug, serviceIds: maintenance.incident.services.map((link) => link.service.id) };
}

export type { Found as FoundMaintenance };
