/**
 * First-admin setup on the web, for deployments without a shell (the edge). It exists only
 * while the database has no account at all and a setup token is configured; whoever presents
 * the token creates the first admin and is signed in. Afterwards the page answers 404, so
 * the token is worth nothing. Wrong tokens are throttled per client; the token is never
 * logged.
 */
import { Hono } from 'hono';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { SetupPage, type SetupDraft } from '../../../views/admin/pages/SetupPage';
import { timingSafeEqual } from '../../auth/crypto';
import { hashPassword } from '../../auth/password';
import { appendAudit, type Actor } from '../../store/audit';
import { lockedUntil, recordFailure, type ThrottlePolicy } from '../../store/throttle';
import { countUsers, createUser } from '../../store/users';
import type { AdminContext, AdminEnv } from './env';
import { readForm, typed } from './forms/parse';
import { attempt } from './forms/store-errors';
import { setupSchema } from './people/form';
import { adminChrome, page } from './render';
import { startSession } from './sign-in-guard';

/** The token is long and random; this only keeps a client from trying forever. */
const SETUP_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** The token, or null when setup is closed (not configured, or an account exists). */
async function openSetupToken(c: AdminContext): Promise<string | null> {
  const token = c.var.config.auth.setupToken;
  if (!token) return null;
  return (await countUsers(c.var.db)) === 0 ? token : null;
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export function setupRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  const render = (c: AdminContext, draft: SetupDraft, errors: FieldErrors, message: string | null, status: 200 | 401 | 422 | 429) =>
    page(c, <SetupPage chrome={adminChrome(c)} draft={draft} errors={errors} message={message} />, status);

  app.get('/setup', async (c) => {
    if (!(await openSetupToken(c))) return c.notFound();
    return render(c, { username: '', displayName: '' }, {}, null, 200);
  });

  app.post('/setup', async (c) => {
    const expected = await openSetupToken(c);
    if (!expected) return c.notFound();
    const { db, clock, config } = c.var;
    const t = c.var.t;
    const w = t.people;
    const now = clock.now();
    const form = await readForm(c, setupSchema);
    const draft = { username: typed(form.body, 'username').slice(0, 100).trim().toLowerCase(), displayName: typed(form.body, 'displayName').slice(0, 200).trim() };
    const actor: Actor = { userId: null, username: draft.username || '(setup)', ip: c.var.clientIp };

    const clientKey = `setup:${c.var.clientIp ?? 'unknown'}`;
    const locked = await lockedUntil(db, clientKey, now);
    if (locked) return render(c, draft, {}, w.setupThrottled(minutesUntil(locked, now)), 429);

    // The token is checked before anything else is looked at: without it, nothing is said about the rest.
    if (!timingSafeEqual(typed(form.body, 'token').slice(0, 256), expected)) {
      const lockedNow = await recordFailure(db, clientKey, now, SETUP_POLICY);
      await appendAudit(db, now, actor, { action: 'setup.failed', after: { reason: 'wrong-token' } });
      if (lockedNow) return render(c, draft, {}, w.setupThrottled(minutesUntil(lockedNow, now)), 429);
      return render(c, draft, { token: w.setupWrongToken }, w.setupWrongToken, 401);
    }
    if (!form.ok) return render(c, draft, form.errors, t.formHasErrors(Object.keys(form.errors).length), 422);
    const { value } = form;

    const created = await attempt(
      t,
      async () =>
        createUser(
          db,
          clock,
          {
            username: value.username,
            displayName: value.displayName,
            role: 'admin',
            passwordHash: await hashPassword(value.password, config.auth.passwordIterations),
            locale: c.var.adminLocale,
          },
          actor,
          { action: 'setup.first-admin', onlyIfNoUsers: true },
        ),
      (field) => (field === 'displayName' ? 'displayName' : 'username'),
      {
        invalid: (errors) => render(c, draft, errors, t.formHasErrors(1), 422),
        conflict: () => c.notFound(),
        // Someone else finished setup a moment ago: it is closed now.
        notFound: () => c.notFound(),
      },
    );
    if (!created.ok) return created.answer;
    const user = created.value;
    await startSession(c, user, true);
    await appendAudit(db, now, { userId: user.id, username: user.username, ip: c.var.clientIp }, {
      action: 'auth.login',
      targetType: 'user',
      targetId: user.id,
      after: { method: 'setup' },
    });
    return c.redirect('/admin', 303);
  });

  return app;
}
