/**
 * The public revision: one number that changes whenever anything the public can see changes.
 * Every write goes through `writeTransaction`, which bumps it in the same transaction, so a
 * reader that sees revision N sees all of N's data, and tells the handle's commit listeners.
 */
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database, Queryable, Transaction } from '../db/database';
import { publicRevision } from '../db/schema';
import { appendAudit, SYSTEM_ACTOR, type Actor, type AuditEntry } from './audit';

export interface RevisionState {
  revision: number;
  changedAt: Date;
}

export async function readRevision(db: Queryable): Promise<RevisionState> {
  const row = await db
    .select({ revision: publicRevision.revision, changedAt: publicRevision.changedAt })
    .from(publicRevision)
    .where(eq(publicRevision.id, 1))
    .get();
  return row ?? { revision: 0, changedAt: new Date(0) };
}

async function bumpRevision(tx: Transaction, now: Date): Promise<void> {
  await tx
    .insert(publicRevision)
    .values({ id: 1, revision: 1, changedAt: now })
    .onConflictDoUpdate({
      target: publicRevision.id,
      set: { revision: sql`${publicRevision.revision} + 1`, changedAt: now },
    });
}

/** Records what a write did in the audit log, inside the write's own transaction. */
export type Audit = (entry: AuditEntry) => Promise<void>;

/**
 * Runs `work` in one write transaction: the change, its audit entries and the bump of the
 * public revision commit together or not at all. `now` is read once so every row written by
 * one change carries the same time. After the commit, and only then, the handle's commit
 * listeners run (`db.$commits`; the app's public state forgets its cached revision there),
 * so no caller has to remember that consequence.
 */
export async function writeTransaction<T>(
  db: Database,
  clock: Clock,
  work: (tx: Transaction, now: Date, audit: Audit) => Promise<T>,
  actor: Actor = SYSTEM_ACTOR,
): Promise<T> {
  const now = clock.now();
  const result = await db.transaction(async (tx) => {
    const done = await work(tx, now, (entry) => appendAudit(tx, now, actor, entry));
    await bumpRevision(tx, now);
    return done;
  });
  db.$commits.notify();
  return result;
}
