/** Every page of the admin console, over the example data: for accessibility and HTML checks. */
import type { TestContext } from './app';

export async function adminPages({ db }: Pick<TestContext, 'db'>, userId: number): Promise<string[]> {
  const incident = await db.query.incidents.findFirst({ where: (incidents, { eq }) => eq(incidents.slug, 'it-angrepp') });
  const update = await db.query.updates.findFirst({ where: (updates, { eq }) => eq(updates.incidentId, incident!.id) });
  const service = await db.query.services.findFirst();
  const group = await db.query.serviceGroups.findFirst();
  const channel = await db.query.contactChannels.findFirst({ where: (channels, { eq }) => eq(channels.openingHoursMode, 'scheduled') });
  const maintenance = await db.query.maintenances.findFirst();
  const template = await db.query.incidentTemplates.findFirst();
  return [
    '/admin',
    '/admin/incidents',
    '/admin/incidents/new',
    `/admin/incidents/new?template=${template!.id}`,
    `/admin/incidents/${incident!.id}`,
    `/admin/incidents/${incident!.id}/updates/${update!.id}/correct`,
    '/admin/maintenance',
    '/admin/maintenance/new',
    `/admin/maintenance/${maintenance!.incidentId}`,
    `/admin/maintenance/${maintenance!.incidentId}/cancel`,
    '/admin/services',
    '/admin/services/new',
    `/admin/services/${service!.id}/edit`,
    '/admin/services/groups',
    `/admin/services/groups/${group!.id}/edit`,
    '/admin/contacts',
    '/admin/contacts/new',
    `/admin/contacts/${channel!.id}/edit`,
    `/admin/contacts/${channel!.id}/delete`,
    '/admin/translations',
    '/admin/settings',
    '/admin/users',
    '/admin/users/new',
    `/admin/users/${userId}`,
    '/admin/audit',
    '/admin/settings/backup',
    '/admin/settings/templates',
    '/admin/settings/templates/new',
    `/admin/settings/templates/${template!.id}`,
    '/admin/settings/tokens',
    '/admin/backup-website',
    '/admin/account',
    '/admin/account/totp',
    '/admin/account/security-policy',
  ];
}
