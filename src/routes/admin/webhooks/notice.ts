/** The dashboard's notice about disabled webhook endpoints: for admins, who can turn them on. */
import type { DisabledWebhooksProps } from '../../../../views/admin/partials/DisabledWebhooks';
import { listDisabledWebhookEndpoints } from '../../../store/webhooks';
import type { AdminContext } from '../env';

export async function disabledWebhooksView(c: AdminContext): Promise<DisabledWebhooksProps | undefined> {
  if (c.var.admin.user.role !== 'admin') return undefined;
  const endpoints = await listDisabledWebhookEndpoints(c.var.db);
  return {
    words: c.var.t.webhooks,
    endpoints: endpoints.map((endpoint) => ({
      id: endpoint.id,
      url: endpoint.url,
      description: endpoint.description,
      disabledAt: c.var.admin.fmt.dateTime(endpoint.disabledAt!),
    })),
  };
}
