/**
 * A change of an incident as Statuspage's manage API makes it (src/routes/api-statuspage-manage.ts):
 * a new title or impact, more affected services, and an update (a phase, a text, status
 * changes), all in one write transaction, so a refused part leaves nothing half done. The
 * console makes the same changes in two steps (the notice form, then an update); both steps
 * are the same store code here (applyIncidentNotice, insertUpdate).
 */
import { eq } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { incidents } from '../db/schema';
import { NOTICE_TEXT_FIELDS, type IncidentImpact, type IncidentPhase } from '../domain/incident';
import type { Actor } from './audit';
import { NotFoundError } from './errors';
import { applyIncidentNotice, type IncidentTextInput } from './incidents';
import { insertUpdate, type PublishedUpdate, type StatusChangeInput } from './publishing';
import { writeTransaction } from './revision';
import { defaultLocaleOf } from './site';

export interface IncidentApiEdit {
  incidentId: number;
  /** A new title in the default language; other languages' titles stay. */
  title?: string;
  impact?: IncidentImpact;
  /** Services to add to those the incident affects. */
  addServiceIds?: number[];
  /** An update to publish; null publishes none. */
  update: { phase?: IncidentPhase; texts: Record<string, string>; changes: StatusChangeInput[] } | null;
}

export async function editIncidentByApi(db: Database, clock: Clock, edit: IncidentApiEdit, actor: Actor): Promise<PublishedUpdate | null> {
  return writeTransaction(
    db,
    clock,
    async (tx, now, audit) => {
      const incident = await tx.query.incidents.findFirst({
        where: eq(incidents.id, edit.incidentId),
        with: { texts: true, services: { columns: { serviceId: true } } },
      });
      if (!incident) throw new NotFoundError('The incident does not exist.');
      const defaultLocale = await defaultLocaleOf(tx);
      const serviceIds = incident.services.map((link) => link.serviceId);
      const added = (edit.addServiceIds ?? []).filter((id) => !serviceIds.includes(id));
      const currentTitle = incident.texts.find((row) => row.locale === defaultLocale)?.title;
      const retitled = edit.title !== undefined && edit.title !== currentTitle;
      const reimpacted = edit.impact !== undefined && edit.impact !== incident.impact;
      if (retitled || reimpacted || added.length > 0) {
        const texts: Record<string, IncidentTextInput> = {};
        for (const row of incident.texts) {
          texts[row.locale] = Object.fromEntries(NOTICE_TEXT_FIELDS.map((field) => [field, row[field]])) as unknown as IncidentTextInput;
        }
        if (retitled) texts[defaultLocale] = { ...(texts[defaultLocale] ?? { title: '' }), title: edit.title! };
        await applyIncidentNotice(tx, now, audit, {
          incidentId: incident.id,
          expectedVersion: incident.version,
          impact: edit.impact ?? incident.impact,
          texts,
          serviceIds: [...serviceIds, ...added],
          nextUpdateDueAt: incident.nextUpdateDueAt,
        });
      }
      if (!edit.update) return null;
      return insertUpdate(tx, now, audit, { incidentId: incident.id, ...edit.update });
    },
    actor,
  );
}
