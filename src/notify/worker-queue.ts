/**
 * Delivery on Cloudflare Workers (docs/decisions/0040-outbox-and-delivery.md): a request that
 * committed a write sends one message to the notifications queue after its response (the
 * producer, in the request path but after the commit: never inside the publication); the
 * queue consumer fans out and sends what is pending; the cron trigger sweeps every minute for
 * retries that came due and for anything a lost message would have left behind. A message
 * carries no data of its own ("look at the outbox"), so a duplicate or a lost one is harmless.
 */
import type { Database } from '../db/database';
import { deliverPending, type DeliveryOptions, type DeliveryRun } from './deliver';

/** The part of a Queue binding the producer uses. */
export interface NotifyQueue {
  send(body: NotifyMessage): Promise<unknown>;
}

export interface NotifyMessage {
  type: 'outbox';
  /** When the commit that sent it happened (for logs). */
  at: string;
}

/** The part of a MessageBatch the consumer uses. */
export interface NotifyBatch {
  messages: readonly { ack(): void; retry(): void }[];
}

/** Counts the commits on a database handle, so a request can tell whether it wrote. */
export class CommitCounter {
  count = 0;
  constructor(db: Database) {
    db.$commits.subscribe(() => {
      this.count++;
    });
  }
}

/** A consumer pass or a sweep stops claiming after this long (Workers limit a run's duration). */
export const WORKER_DELIVERY_BUDGET_MS = 25_000;

/**
 * One consumer invocation: a single pass over the outbox serves every message of the batch.
 * When the budget ran out with work left, one more message continues it. A failure (the
 * database is away) throws, and the Queue retries the batch.
 */
export async function consumeNotifyBatch(
  db: Database,
  options: DeliveryOptions,
  batch: NotifyBatch,
  queue: NotifyQueue | undefined,
): Promise<DeliveryRun> {
  const run = await deliverPending(db, { budgetMs: WORKER_DELIVERY_BUDGET_MS, ...options });
  if (run.more && queue) await queue.send({ type: 'outbox', at: new Date().toISOString() });
  for (const message of batch.messages) message.ack();
  return run;
}
