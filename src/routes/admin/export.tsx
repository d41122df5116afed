/**
 * The backup website (the static export, src/export/) as a ZIP download, for a communicator
 * without a shell. Editors may download it as well as admins: it holds only what the public
 * site shows. The form is posted with the session's CSRF token; every download is recorded in
 * the audit log before the file is sent, without bumping the public revision (nothing public
 * changed, so no cache or --watch mirror needs to refresh).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { SITE_EXPORT_PATH, SiteExportPage } from '../../../views/admin/pages/SiteExportPage';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { ExportError, exportSite, normaliseBaseUrl } from '../../export/site';
import { exportZipName, zipExport } from '../../export/zip';
import { renderDocument } from '../../http/render';
import { appendAudit, listAudit } from '../../store/audit';
import { PUBLIC_PAGES } from '../public-export';
import { shownTime } from './context';
import { authOf, type AdminContext, type AdminEnv } from './env';
import { adminChrome, page } from './render';

const RECENT_DOWNLOADS = 5;
const AUDIT_ACTION = 'export.download';

const formSchema = z.object({ baseUrl: z.string().trim().max(500).optional().default('') });

interface Shown {
  baseUrl: string;
  errors: FieldErrors;
  failure: string | null;
}

/** Where absolute links point unless the form names another address: as on the live site. */
function defaultBaseUrl(c: AdminContext): string {
  return c.var.config.publicUrl ?? c.var.admin.site.publicUrl;
}

async function renderExportPage(c: AdminContext, shown: Shown, status: 200 | 422 | 503) {
  const rows = await listAudit(c.var.db, { action: AUDIT_ACTION, limit: RECENT_DOWNLOADS });
  const downloads = rows.map((row) => {
    const after = (row.after ?? {}) as { files?: unknown; bytes?: unknown };
    return {
      who: row.username,
      at: shownTime(c, row.at),
      files: typeof after.files === 'number' ? after.files : 0,
      bytes: typeof after.bytes === 'number' ? after.bytes : 0,
    };
  });
  const node = <SiteExportPage chrome={adminChrome(c)} defaultBaseUrl={defaultBaseUrl(c)} {...shown} downloads={downloads} />;
  // `page` takes no 503: the site kept changing, which is nobody's input error.
  return status === 503 ? c.html(await renderDocument(node), 503) : page(c, node, status);
}

export function siteExportRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get(SITE_EXPORT_PATH.slice('/admin'.length), (c) => renderExportPage(c, { baseUrl: '', errors: {}, failure: null }, 200));

  app.post(SITE_EXPORT_PATH.slice('/admin'.length), async (c) => {
    const { db, clock } = c.var;
    const parsed = formSchema.safeParse(await c.req.parseBody());
    const given = parsed.success ? parsed.data.baseUrl : '';
    const words = c.var.t.siteExport;
    let baseUrl: string | null = null;
    if (!parsed.success) return renderExportPage(c, { baseUrl: '', errors: { baseUrl: words.addressInvalid }, failure: null }, 422);
    if (given) {
      try {
        baseUrl = normaliseBaseUrl(given);
      } catch {
        return renderExportPage(c, { baseUrl: given, errors: { baseUrl: words.addressInvalid }, failure: null }, 422);
      }
    }
    const now = clock.now();
    let site;
    try {
      site = await exportSite(db, { pages: PUBLIC_PAGES, now, baseUrl: baseUrl ?? c.var.config.publicUrl });
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      return renderExportPage(c, { baseUrl: given, errors: {}, failure: words.keptChanging }, 503);
    }
    const zip = zipExport(site);
    await appendAudit(db, now, authOf(c).actor, {
      action: AUDIT_ACTION,
      after: { files: site.files.length, bytes: site.bytes, zipBytes: zip.byteLength, revision: site.revision, baseUrl: site.baseUrl },
    });
    return c.body(zip, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${exportZipName(now)}"`,
    });
  });

  return app;
}
