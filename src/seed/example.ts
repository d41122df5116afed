/**
 * Loads the built-in example (a fictional municipality weeks into an IT attack) through the
 * same store functions an admin uses, replaying its history in time order so every row
 * carries the time it would have had.
 */
import { fixedClock, type Clock } from '../clock';
import type { Database } from '../db/database';
import { localDateFrom, localInstantFrom } from '../domain/opening-hours';
import { createContactChannel } from '../store/contact-editing';
import { createIncident } from '../store/incidents';
import { applyDueMaintenanceTransitions, scheduleMaintenance } from '../store/maintenance';
import { saveSite } from '../store/site';
import { createServiceGroup } from '../store/groups';
import { createService } from '../store/services';
import { correctUpdate, publishUpdate } from '../store/publishing';
import { exampleData } from './example-data';
import { loadExampleTemplates } from './example-templates';
import { withExampleTranslations } from './example-translations';
import type { ExampleData, RelativeTime } from './example-types';

const TIME_ZONE = 'Europe/Stockholm';
const HOUR = 3_600_000;

export async function loadExample(
  db: Database,
  clock: Clock,
  options: { publicUrl: string; data?: ExampleData },
): Promise<void> {
  const data = options.data ?? withExampleTranslations(exampleData);
  const today = clock.now();
  const at = (time: RelativeTime) => localInstantFrom(today, TIME_ZONE, -time.daysAgo, time.time);
  const dayOf = (daysAgo: number) => localDateFrom(today, TIME_ZONE, -daysAgo);

  const earliest = Math.min(
    ...data.incidents.map((incident) => at(incident.startedAt).getTime()),
    ...data.maintenances.map((maintenance) => at(maintenance.announcedAt).getTime()),
    ...data.updates.map((update) => at(update.publishedAt).getTime()),
  );
  const latest = Math.max(...data.updates.map((update) => at(update.publishedAt).getTime()), earliest);
  // The organisation set the page up the day before the attack.
  const seedClock = fixedClock(new Date(earliest - 24 * HOUR));

  await saveSite(db, seedClock, {
    publicUrl: options.publicUrl,
    defaultLocale: 'sv',
    offeredLocales: data.settings.offeredLocales ?? ['sv', 'en'],
    timeZone: TIME_ZONE,
    isExampleData: true,
    accessibilityReviewedOn: dayOf(0),
    texts: data.settings.texts,
  });

  const groupIds = new Map<string, number>();
  for (const [position, group] of data.groups.entries()) {
    groupIds.set(group.slug, await createServiceGroup(db, seedClock, { slug: group.slug, position, names: group.names }));
  }

  const serviceIds = new Map<string, number>();
  for (const [position, service] of data.services.entries()) {
    const groupId = groupIds.get(service.group);
    if (groupId === undefined) throw new Error(`Example service ${service.slug}: unknown group ${service.group}`);
    const swedishEdited = new Date(latest);
    serviceIds.set(
      service.slug,
      await createService(db, seedClock, {
        slug: service.slug,
        groupId,
        position,
        expectedRestorationAt: service.expectedRestoration ? at(service.expectedRestoration) : null,
        texts: service.texts,
        textUpdatedAt: service.englishOlderByHours
          ? {
              // Every other translation was written from the current Swedish text.
              ...Object.fromEntries(Object.keys(service.texts).map((locale) => [locale, swedishEdited])),
              en: new Date(swedishEdited.getTime() - service.englishOlderByHours * HOUR),
            }
          : undefined,
      }),
    );
  }
  const idOf = (slug: string) => {
    const id = serviceIds.get(slug);
    if (id === undefined) throw new Error(`Example refers to unknown service ${slug}`);
    return id;
  };

  for (const [position, channel] of data.channels.entries()) {
    await createContactChannel(db, seedClock, {
      slug: channel.slug,
      kind: channel.kind,
      address: channel.address,
      openingHoursMode: channel.openingHoursMode,
      position,
      texts: channel.texts,
      weekly: channel.weekly.flatMap((hours) =>
        hours.days.map((dayOfWeek) => ({ dayOfWeek, opens: hours.opens, closes: hours.closes })),
      ),
      overrides: channel.overrides.map((override) => ({
        validFrom: dayOf(override.fromDaysAgo),
        validThrough: dayOf(override.throughDaysAgo),
        opens: override.opens ?? null,
        closes: override.closes ?? null,
      })),
    });
  }

  await loadExampleTemplates(db, seedClock, serviceIds);

  // Replay incidents, maintenances, updates and corrections in the order they happened.
  const incidentIds = new Map<string, number>();
  const updateIds = new Map<string, number>();
  const events: { time: Date; order: number; run: (eventClock: Clock) => Promise<void> }[] = [];
  for (const incident of data.incidents) {
    events.push({
      time: at(incident.startedAt),
      order: 0,
      run: async (eventClock) => {
        incidentIds.set(
          incident.slug,
          await createIncident(db, eventClock, {
            slug: incident.slug,
            impact: incident.impact,
            startedAt: at(incident.startedAt),
            nextUpdateDueAt: incident.nextUpdateDue ? at(incident.nextUpdateDue) : null,
            texts: incident.texts,
            serviceIds: incident.services.map(idOf),
          }),
        );
      },
    });
  }
  for (const maintenance of data.maintenances) {
    events.push({
      time: at(maintenance.announcedAt),
      order: 0,
      run: async (eventClock) => {
        const { incidentId } = await scheduleMaintenance(db, eventClock, {
          slug: maintenance.slug,
          impact: maintenance.impact,
          texts: maintenance.texts,
          serviceIds: maintenance.services.map(idOf),
          startsAt: at(maintenance.startsAt),
          endsAt: at(maintenance.endsAt),
        });
        incidentIds.set(maintenance.slug, incidentId);
      },
    });
    // The start and the end, when they have come, as the timer records them: on the minute.
    for (const moment of [at(maintenance.startsAt), at(maintenance.endsAt)]) {
      if (moment.getTime() > today.getTime()) continue;
      // Before an update published at the same minute: the start is what that update reports.
      events.push({ time: moment, order: 0.5, run: async (eventClock) => void (await applyDueMaintenanceTransitions(db, eventClock)) });
    }
  }
  for (const update of data.updates) {
    events.push({
      time: at(update.publishedAt),
      order: 1,
      run: async (eventClock) => {
        const { updateId } = await publishUpdate(db, eventClock, {
          incidentId: update.incident ? incidentIds.get(update.incident) : null,
          phase: update.phase,
          publishedAt: at(update.publishedAt),
          texts: update.texts,
          changes: update.changes.map((change) => ({ serviceId: idOf(change.service), to: change.to })),
          mentions: (update.mentions ?? []).map(idOf),
        });
        updateIds.set(update.key, updateId);
      },
    });
  }
  for (const correction of data.corrections) {
    events.push({
      time: at(correction.correctedAt),
      order: 2,
      run: async (eventClock) => {
        const updateId = updateIds.get(correction.update);
        if (updateId === undefined) throw new Error(`Example corrects unknown update ${correction.update}`);
        await correctUpdate(db, eventClock, {
          updateId,
          correctedAt: at(correction.correctedAt),
          texts: correction.texts,
        });
      },
    });
  }
  events.sort((a, b) => a.time.getTime() - b.time.getTime() || a.order - b.order);
  for (const event of events) await event.run(fixedClock(event.time));
}
