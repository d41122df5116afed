/**
 * The audit log (admins only): newest first, keyset pagination ("older entries" continue
 * below the last id shown), filters by user and by kind of event (an action prefix).
 */
import { Hono } from 'hono';
import { AuditPage, type AuditEntryView } from '../../../../views/admin/pages/AuditPage';
import { AUDIT_PAGE_SIZE, listAudit, type AuditRow } from '../../../store/audit';
import { listUsers } from '../../../store/users';
import { shownTime } from '../context';
import type { AdminContext, AdminEnv } from '../env';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';

/** An action or a prefix of one, such as `auth.` or `user.role`: nothing SQL LIKE treats specially. */
const ACTION_FILTER = /^[a-z][a-z0-9-]{0,30}(\.[a-z0-9-]{0,30})?$/;

function auditHref(filter: { user: string; action: string }, beforeId?: number): string {
  const query = new URLSearchParams();
  if (filter.user) query.set('user', filter.user);
  if (filter.action) query.set('action', filter.action);
  if (beforeId !== undefined) query.set('before', String(beforeId));
  const search = query.toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}

function entryView(c: AdminContext, row: AuditRow, usernames: Map<string, string>): AuditEntryView {
  const w = c.var.t.people;
  const targetName = row.targetType === 'user' && row.targetId ? (usernames.get(row.targetId) ?? null) : null;
  return {
    id: row.id,
    at: shownTime(c, row.at),
    who: row.username,
    action: w.actionName(row.action),
    actionKey: row.action,
    target: row.targetType ? (row.targetId ? w.targetName(row.targetType, row.targetId, targetName) : row.targetType) : null,
    ip: row.ip,
    before: row.before,
    after: row.after,
  };
}

export function auditRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/audit', requireRole('admin'), async (c) => {
    const { db } = c.var;
    const w = c.var.t.people;
    const userParam = c.req.query('user') ?? '';
    const actionParam = (c.req.query('action') ?? '').trim();
    const beforeParam = c.req.query('before') ?? '';
    const filter = {
      user: /^\d{1,9}$/.test(userParam) ? userParam : '',
      action: ACTION_FILTER.test(actionParam) ? actionParam : '',
    };
    const beforeId = /^\d{1,12}$/.test(beforeParam) ? Number(beforeParam) : undefined;

    const [rows, users] = await Promise.all([
      // One more than a page, to know whether older entries exist.
      listAudit(db, {
        beforeId,
        userId: filter.user ? Number(filter.user) : undefined,
        action: filter.action || undefined,
        limit: AUDIT_PAGE_SIZE + 1,
      }),
      listUsers(db),
    ]);
    const shown = rows.slice(0, AUDIT_PAGE_SIZE);
    const usernames = new Map(users.map((user) => [String(user.id), user.username]));
    const actionOptions = Object.entries(w.actionPrefixes).map(([value, label]) => ({ value, label: `${label} (${value}…)` }));
    if (filter.action && !actionOptions.some((option) => option.value === filter.action)) {
      actionOptions.push({ value: filter.action, label: filter.action });
    }
    return page(
      c,
      <AuditPage
        chrome={adminChrome(c)}
        entries={shown.map((row) => entryView(c, row, usernames))}
        filter={filter}
        userOptions={users.map((user) => ({ value: String(user.id), label: `${user.displayName} (${user.username})` }))}
        actionOptions={actionOptions}
        olderHref={rows.length > AUDIT_PAGE_SIZE ? auditHref(filter, shown[shown.length - 1]!.id) : null}
        newestHref={beforeId !== undefined ? auditHref(filter) : null}
      />,
    );
  });

  return app;
}
