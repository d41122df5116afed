/** Small factories: each test builds exactly the data it asserts on. */
import type { Clock } from '../../src/clock';
import type { Database } from '../../src/db/database';
import type { ServiceStatus } from '../../src/domain/status';
import { createContactChannel, type ChannelInput } from '../../src/store/contact-editing';
import { createIncident, type IncidentInput } from '../../src/store/incidents';
import { createServiceGroup } from '../../src/store/groups';
import { createService } from '../../src/store/services';
import { saveSite, type SiteInput } from '../../src/store/site';
import { publishUpdate, type PublishUpdateInput } from '../../src/store/publishing';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

export async function makeSite(db: Database, clock: Clock, overrides: Partial<SiteInput> = {}) {
  await saveSite(db, clock, {
    publicUrl: 'https://status.example.org',
    offeredLocales: ['sv', 'en'],
    timeZone: 'Europe/Stockholm',
    texts: {
      sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby', notice: '' },
      en: { organisationName: 'Testby Municipality', siteTitle: 'Testby service status', notice: '' },
    },
    ...overrides,
  });
}

export async function makeGroup(db: Database, clock: Clock, names = { sv: 'E-tjänster', en: 'E-services' }) {
  return createServiceGroup(db, clock, { slug: unique('group'), names });
}

export async function makeService(
  db: Database,
  clock: Clock,
  options: {
    groupId: number;
    slug?: string;
    sv?: Partial<{ name: string; description: string; workaround: string; restorationNote: string }>;
    en?: Partial<{ name: string; description: string; workaround: string; restorationNote: string }> | null;
    expectedRestorationAt?: Date | null;
  },
) {
  const slug = options.slug ?? unique('service');
  const texts: Record<string, { name: string; description?: string; workaround?: string; restorationNote?: string }> = {
    sv: { name: `Tjänst ${slug}`, ...options.sv },
  };
  if (options.en !== null) texts.en = { name: `Service ${slug}`, ...options.en };
  const id = await createService(db, clock, {
    slug,
    groupId: options.groupId,
    texts,
    expectedRestorationAt: options.expectedRestorationAt ?? null,
  });
  return { id, slug };
}

export async function setStatus(db: Database, clock: Clock, serviceId: number, to: ServiceStatus, sv = 'Statusändring.') {
  return publishUpdate(db, clock, { texts: { sv, en: 'Status change.' }, changes: [{ serviceId, to }] });
}

export async function makeIncident(db: Database, clock: Clock, overrides: Partial<IncidentInput> = {}) {
  const slug = overrides.slug ?? unique('incident');
  const id = await createIncident(db, clock, {
    slug,
    impact: 'major',
    texts: {
      sv: { title: `Händelse ${slug}`, whatHappened: 'Något hände.', whatYouShouldDo: 'Ring oss.' },
      en: { title: `Incident ${slug}`, whatHappened: 'Something happened.', whatYouShouldDo: 'Call us.' },
    },
    ...overrides,
  });
  return { id, slug };
}

export function publish(db: Database, clock: Clock, input: PublishUpdateInput) {
  return publishUpdate(db, clock, input);
}

export async function makeChannel(db: Database, clock: Clock, overrides: Partial<ChannelInput> = {}) {
  return createContactChannel(db, clock, {
    slug: unique('channel'),
    kind: 'phone',
    address: '0123-45 67 00',
    openingHoursMode: 'scheduled',
    texts: { sv: { name: 'Kontaktcenter' }, en: { name: 'Contact centre' } },
    weekly: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '08:00', closes: '16:00' })),
    ...overrides,
  });
}
