/**
 * The backup download (admins only), under the settings area: a page saying what a backup
 * holds and leaves out, and a form posted with the session's CSRF token that answers with the
 * file as an attachment. Sign-in secrets are left out unless asked for, and asking requires
 * the admin's password again (a hijacked session must not be able to carry off every
 * password hash and TOTP secret). Every download is recorded in the audit log before the
 * file is sent.
 */
import { Hono } from 'hono';
import { BackupPage } from '../../../views/admin/pages/BackupPage';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { createBackup, recordBackupDownload } from '../../backup/create';
import { backupFileName, serializeBackup } from '../../backup/format';
import { listAudit } from '../../store/audit';
import { confirmIdentity } from './account/page';
import { shownTime } from './context';
import { authOf, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, page } from './render';

const RECENT_DOWNLOADS = 5;

async function renderBackupPage(c: AdminContext, form: { includeSecrets: boolean; errors: FieldErrors }, status: 200 | 422 | 429) {
  const rows = await listAudit(c.var.db, { action: 'backup.download', limit: RECENT_DOWNLOADS });
  const downloads = rows.map((row) => ({
    who: row.username,
    at: shownTime(c, row.at),
    secretsIncluded: (row.after as { secretsIncluded?: unknown } | null)?.secretsIncluded === true,
  }));
  return page(c, <BackupPage chrome={adminChrome(c)} includeSecrets={form.includeSecrets} errors={form.errors} downloads={downloads} />, status);
}

export function backupRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const admin = requireRole('admin');

  app.get('/settings/backup', admin, (c) => renderBackupPage(c, { includeSecrets: false, errors: {} }, 200));

  app.post('/settings/backup', admin, async (c) => {
    const { db, clock } = c.var;
    const body = await c.req.parseBody();
    const includeSecrets = body.includeSecrets === 'on';
    if (includeSecrets) {
      const password = typeof body.password === 'string' ? body.password : '';
      if (!password) return renderBackupPage(c, { includeSecrets, errors: { password: c.var.t.backup.passwordRequired } }, 422);
      const confirmed = await confirmIdentity(c, password, { allowTotp: false });
      if (!confirmed.ok) return renderBackupPage(c, { includeSecrets, errors: { password: confirmed.message } }, confirmed.status);
    }
    const now = clock.now();
    const document = await createBackup(db, { now, includeSecrets });
    await recordBackupDownload(db, now, authOf(c).actor, document);
    return c.body(serializeBackup(document), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${backupFileName(now)}"`,
    });
  });

  return app;
}
