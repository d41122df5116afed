/** Small factories for maintenance tests: a site with services, and a scheduled maintenance. */
import type { Clock } from '../../src/clock';
import type { Database } from '../../src/db/database';
import { scheduleMaintenance, type MaintenanceInput } from '../../src/store/maintenance';
import { makeGroup, makeService } from '../helpers/factories';

let counter = 0;

export const HOUR = 3_600_000;

/** Two services in one group: `library` and `portal`. */
export async function makeServices(db: Database, clock: Clock) {
  const groupId = await makeGroup(db, clock);
  const library = await makeService(db, clock, { groupId, sv: { name: 'Bibliotekets lån' }, en: { name: 'Library loans' } });
  const portal = await makeService(db, clock, { groupId, sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  return { groupId, library, portal };
}

export async function makeMaintenance(
  db: Database,
  clock: Clock,
  options: Partial<MaintenanceInput> & { serviceIds: number[]; startsAt: Date; endsAt: Date },
) {
  const slug = options.slug ?? `underhall-${++counter}`;
  const { incidentId, update } = await scheduleMaintenance(db, clock, {
    slug,
    texts: {
      sv: { title: `Uppgradering ${slug}`, whatHappened: 'Vi byter server.', affectsMe: 'Du kan inte logga in.' },
      en: { title: `Upgrade ${slug}`, whatHappened: 'We are replacing a server.', affectsMe: 'You cannot sign in.' },
    },
    ...options,
  });
  return { incidentId, slug, update };
}
