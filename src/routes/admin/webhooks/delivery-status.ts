/** The delivery status of each update on the console's incident page, read in one go. */
import type { DeliveryStatusProps } from '../../../../views/admin/partials/DeliveryStatus';
import { deliveryCountsByUpdate } from '../../../store/outbox';
import type { AdminContext } from '../env';

/** Adds `delivery` to each log entry whose update has an outbox event (imported ones have none). */
export async function withDeliveryStatus<Entry extends object>(
  c: AdminContext,
  updates: readonly { id: number }[],
  entries: Entry[],
): Promise<(Entry & { delivery?: DeliveryStatusProps })[]> {
  const counts = await deliveryCountsByUpdate(c.var.db, updates.map((update) => update.id));
  return entries.map((entry, index) => {
    const status = counts.get(updates[index]!.id);
    return status ? { ...entry, delivery: { words: c.var.t.webhooks, ...status } } : entry;
  });
}
