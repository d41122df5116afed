/**
 * `Idempotency-Key`: a retried write (a monitor or script that lost the answer) is answered
 * with the first answer instead of writing again. The key is recorded, with the hash of the
 * request and the answer, in the same transaction as the write itself, so either both commit
 * or neither does: there is no window where the write happened but the key was not kept, or
 * the other way round. Two requests with the same key at the same time: the second one's
 * transaction fails on the key's primary key and rolls back whole, and it is answered with
 * the first one's answer. Keys are per token and kept 24 hours; the same key with another
 * request is a 422. A refused request (4xx) keeps nothing, so it can be corrected and retried
 * under the same key.
 *
 * The store functions open their own transaction (writeTransaction); they are given a handle
 * whose `transaction` also records the key, so they are called exactly as the console calls
 * them. That handle assumes one write transaction per store call, which writeTransaction is.
 */
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Context } from 'hono';
import { sha256Base64url } from '../../auth/crypto';
import type { Database, Queryable, Transaction } from '../../db/database';
import { apiIdempotencyKeys } from '../../db/schema';
import type { AppEnv } from '../../env';
import { ApiWriteError } from './errors';

export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
const KEY = /^[\x21-\x7e]{1,255}$/;

export interface WriteAnswer {
  status: 200 | 201;
  body: unknown;
}

export interface IdempotentWrite<R> {
  /** The parsed request body, part of what a retry must repeat exactly. */
  body: unknown;
  /** Calls the store with the handle it is given. */
  run: (db: Database) => Promise<R>;
  /** The answer, read inside the write's transaction when a key is kept. */
  answer: (db: Queryable, result: R) => Promise<WriteAnswer>;
}

function idempotencyKeyOf(c: Context<AppEnv>): string | null {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return null;
  if (!KEY.test(key)) throw new ApiWriteError(400, 'invalid', 'Idempotency-Key must be 1–255 visible ASCII characters.', 'Idempotency-Key');
  return key;
}

async function keptAnswer(db: Queryable, tokenId: number, key: string, now: Date) {
  return db
    .select()
    .from(apiIdempotencyKeys)
    .where(
      and(
        eq(apiIdempotencyKeys.tokenId, tokenId),
        eq(apiIdempotencyKeys.key, key),
        gt(apiIdempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)),
      ),
    )
    .get();
}

function respond(c: Context<AppEnv>, answer: WriteAnswer, replayed: boolean): Response {
  return c.body(JSON.stringify(answer.body), answer.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  });
}

function reused(): ApiWriteError {
  return new ApiWriteError(422, 'idempotency-key-reused', 'This Idempotency-Key was used for a different request.', 'Idempotency-Key');
}

/** Runs one write of the write API, once per Idempotency-Key when one is sent. */
export async function idempotentWrite<R>(c: Context<AppEnv>, write: IdempotentWrite<R>): Promise<Response> {
  const { db, clock } = c.var;
  const key = idempotencyKeyOf(c);
  if (key === null) {
    const result = await write.run(db);
    return respond(c, await write.answer(db, result), false);
  }
  const tokenId = c.var.apiToken.id;
  const requestHash = await sha256Base64url(`${c.req.method} ${c.req.path}\n${JSON.stringify(write.body)}`);
  const earlier = await keptAnswer(db, tokenId, key, clock.now());
  if (earlier) {
    if (earlier.requestHash !== requestHash) throw reused();
    return respond(c, { status: earlier.status as WriteAnswer['status'], body: JSON.parse(earlier.responseBody) }, true);
  }

  let answer: WriteAnswer | null = null;
  let recorded = false;
  const keeping = Object.create(db) as Database;
  keeping.transaction = ((work: (tx: Transaction) => Promise<unknown>, config?: Parameters<Database['transaction']>[1]) =>
    db.transaction(async (tx) => {
      const result = await work(tx);
      if (recorded) return result;
      recorded = true;
      const now = clock.now();
      answer = await write.answer(tx, result as R);
      // The token's expired keys go (so the table stays small, and an old row under the same
      // key makes room); a live one (a concurrent twin) stays and makes the insert below fail,
      // rolling this write back.
      await tx
        .delete(apiIdempotencyKeys)
        .where(and(eq(apiIdempotencyKeys.tokenId, tokenId), lte(apiIdempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS))));
      await tx.insert(apiIdempotencyKeys).values({
        tokenId,
        key,
        requestHash,
        status: answer.status,
        responseBody: JSON.stringify(answer.body),
        createdAt: now,
      });
      return result;
    }, config)) as Database['transaction'];

  try {
    await write.run(keeping);
  } catch (error) {
    // A twin that committed first: answer as it was answered (or refuse a different request).
    const twin = await keptAnswer(db, tokenId, key, clock.now()).catch(() => undefined);
    if (twin) {
      if (twin.requestHash !== requestHash) throw reused();
      return respond(c, { status: twin.status as WriteAnswer['status'], body: JSON.parse(twin.responseBody) }, true);
    }
    throw error;
  }
  if (answer === null) throw new Error('The write made no transaction to keep its Idempotency-Key in.');
  return respond(c, answer, false);
}
