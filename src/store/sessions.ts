/**
 * Admin sessions. The cookie holds a random token; the database holds only its SHA-256, so
 * a copy of the database cannot be used to sign in. Sessions expire after a period of
 * inactivity and after an absolute lifetime, whichever comes first.
 */
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Database, Queryable } from '../db/database';
import { sessions, users } from '../db/schema';
import { randomToken, sha256Base64url } from '../auth/crypto';
import { appendAudit, type Actor } from './audit';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

/** Two hours idle (a crisis shift leaves tabs open), twelve hours at most. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 3_600_000, absoluteMs: 12 * 3_600_000 };

/** Last-seen times are written at most this often, to keep reads from turning into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export interface NewSession {
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Queryable,
  input: { userId: number; fullyAuthenticated: boolean; ip: string | null; userAgent: string | null; now: Date; policy: SessionPolicy },
): Promise<NewSession> {
  const token = randomToken();
  const id = await sha256Base64url(token);
  const csrfToken = randomToken();
  const expiresAt = new Date(input.now.getTime() + input.policy.absoluteMs);
  await db.insert(sessions).values({
    id,
    userId: input.userId,
    csrfToken,
    fullyAuthenticated: input.fullyAuthenticated,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent ? input.userAgent.slice(0, 200) : null,
  });
  return { token, id, csrfToken, expiresAt };
}

export type SessionWithUser = NonNullable<Awaited<ReturnType<typeof findValidSession>>>;

/** The session for a cookie token, if it is valid now: not revoked, idle or expired, user active. */
export async function findValidSession(db: Database, token: string, now: Date, policy: SessionPolicy) {
  const id = await sha256Base64url(token);
  const row = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .get();
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > policy.idleMs) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return row;
}

export async function markFullyAuthenticated(db: Queryable, sessionId: string): Promise<void> {
  await db.update(sessions).set({ fullyAuthenticated: true }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(db: Queryable, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}

/** Signs a user out everywhere, optionally keeping the current session. */
export async function revokeUserSessions(db: Queryable, userId: number, now: Date, except?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), except ? ne(sessions.id, except) : undefined));
}

/** A user's sessions that are still valid, newest first. */
export async function listActiveSessions(db: Queryable, userId: number, now: Date, policy: SessionPolicy) {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt))
    .all();
  return rows.filter((row) => now.getTime() - row.lastSeenAt.getTime() <= policy.idleMs);
}

// ─── A user managing their own sessions (account page); each action audited ───────────────

/**
 * Signs out one of the user's own sessions. False when it is not theirs or already ended, so
 * nobody can end someone else's session by guessing ids.
 */
export async function revokeOwnSession(db: Database, userId: number, sessionId: string, now: Date, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row = await tx
      .select({ ip: sessions.ip, userAgent: sessions.userAgent, createdAt: sessions.createdAt })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .get();
    if (!row) return false;
    await revokeSession(tx, sessionId, now);
    await appendAudit(tx, now, actor, {
      action: 'session.revoke',
      targetType: 'user',
      targetId: userId,
      before: { ip: row.ip, userAgent: row.userAgent, createdAt: row.createdAt.toISOString() },
    });
    return true;
  });
}

/** Ends every other session of the user in `tx` and says how many were still open. */
export async function revokeOtherSessionsIn(tx: Queryable, userId: number, keepSessionId: string, now: Date): Promise<number> {
  const open = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), ne(sessions.id, keepSessionId)))
    .all();
  await revokeUserSessions(tx, userId, now, keepSessionId);
  return open.length;
}

/** "Sign out everywhere else": every session of the user except this one. Audited. */
export async function revokeOtherSessions(db: Database, userId: number, keepSessionId: string, now: Date, actor: Actor): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await revokeOtherSessionsIn(tx, userId, keepSessionId, now);
    await appendAudit(tx, now, actor, { action: 'session.revoke-others', targetType: 'user', targetId: userId, after: { sessionsRevoked: ended } });
    return ended;
  });
}
