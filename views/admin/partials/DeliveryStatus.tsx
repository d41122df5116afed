import type { WebhooksWords } from '../../../src/i18n/admin/webhooks';

export interface DeliveryStatusProps {
  words: WebhooksWords;
  /** False while the event waits to be fanned out to its recipients. */
  fannedOut: boolean;
  channels: { channel: string; queued: number; sent: number; failed: number }[];
}

/**
 * Who has been told about one update, per channel: sent, queued, failed (given up, or being
 * retried) — docs/decisions/0040-outbox-and-delivery.md. Shown under the update in the console.
 */
export function DeliveryStatus({ words, fannedOut, channels }: DeliveryStatusProps) {
  return (
    <div class="delivery-status">
      <h4>{words.deliveryHeading}</h4>
      {!fannedOut ? (
        <p>{words.deliveryWaiting}</p>
      ) : channels.length === 0 ? (
        <p>{words.deliveryNone}</p>
      ) : (
        <ul>
          {channels.map((row) => (
            <li>
              {words.channelName(row.channel)}: {words.deliveryCounts(row.queued, row.sent, row.failed)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
