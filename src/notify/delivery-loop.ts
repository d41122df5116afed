/**
 * The delivery loop of a long-running server process (Node): woken when a write commits on
 * its database handle (a publication has just put an event in the outbox), and sweeping
 * every `sweepMs` for retries that became due and for what another process left behind.
 * Passes never overlap: a wake-up during a pass runs one more pass afterwards. A failing pass
 * (the database is away) is logged once until one succeeds again.
 */
import type { Database } from '../db/database';
import { deliverPending, type DeliveryOptions, type DeliveryRun } from './deliver';

export interface DeliveryLoopOptions extends DeliveryOptions {
  /** Default 30 s. */
  sweepMs?: number;
  log?: (message: string) => void;
  logError?: (message: string, error: unknown) => void;
  /** Told after each pass (tests wait on it). */
  onPass?: (run: DeliveryRun) => void;
}

export interface DeliveryLoop {
  /** Runs a pass soon (coalesced with one already asked for). */
  wake(): void;
  /** Resolves when no pass is running or asked for. */
  idle(): Promise<void>;
  stop(): void;
}

export function startDeliveryLoop(db: Database, options: DeliveryLoopOptions): DeliveryLoop {
  let running: Promise<void> | null = null;
  let again = false;
  let failing = false;
  let stopped = false;

  const pass = async () => {
    try {
      const run = await deliverPending(db, options);
      if (failing) options.log?.('Notifications are being delivered again.');
      failing = false;
      if (run.sent + run.failed + run.gaveUp > 0)
        options.log?.(`Notifications: ${run.sent} sent, ${run.failed} to retry, ${run.gaveUp} given up.`);
      options.onPass?.(run);
    } catch (error) {
      if (!failing) options.logError?.('Notifications could not be delivered; trying again on the next sweep.', error);
      failing = true;
    }
  };

  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again && !stopped);
      running = null;
    })();
  };

  const unsubscribe = db.$commits.subscribe(wake);
  const timer = setInterval(wake, options.sweepMs ?? 30_000);
  (timer as { unref?: () => void }).unref?.();
  wake();
  return {
    wake,
    async idle() {
      while (running) await running;
    },
    stop() {
      stopped = true;
      unsubscribe();
      clearInterval(timer);
    },
  };
}
