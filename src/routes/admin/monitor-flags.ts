/** The dashboard's list of monitor flags and the button that marks one done (docs/decisions/0039-monitor-hooks.md). */
import type { MonitorFlagView } from '../../../views/admin/partials/MonitorFlags';
import { monitorFlagWords, type MonitorFlagWords } from '../../i18n/admin/monitor-flags';
import { localText } from '../../present/localize';
import type { OpenMonitorFlag } from '../../store/monitor-flags';
import type { ServiceWithTexts } from '../../store/services';
import { Hono } from 'hono';
import { NotFoundError } from '../../store/errors';
import { clearMonitorFlag } from '../../store/monitor-flags';
import { authOf, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';

export function monitorFlagsView(
  c: AdminContext,
  services: readonly ServiceWithTexts[],
  flags: readonly OpenMonitorFlag[],
): { words: MonitorFlagWords; flags: MonitorFlagView[] } {
  const { fmt, textLanguages, publicWords } = c.var.admin;
  const words = monitorFlagWords(c.var.adminLocale);
  return {
    words,
    flags: flags.flatMap((flag) => {
      const service = services.find((candidate) => candidate.id === flag.serviceId);
      if (!service) return [];
      return [
        {
          id: flag.id,
          service: localText(service.texts, textLanguages, (row) => row.name).text,
          serviceHref: `#service-${service.id}`,
          source: words.source[flag.source],
          reason: words.reason[flag.reason],
          asked: flag.reportedStatus ? words.asked(publicWords.status[flag.reportedStatus]) : null,
          detail: flag.detail,
          by: words.by(flag.reportedBy, fmt.dateTime(flag.createdAt)),
        },
      ];
    }),
  };
}

/** An editor marks a flag done: it leaves the dashboard (audited). */
export function monitorFlagRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.post('/monitor-flags/:id{[0-9]+}/clear', requireRole('editor'), async (c) => {
    try {
      await clearMonitorFlag(c.var.db, c.var.clock, Number(c.req.param('id')), authOf(c).actor);
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      throw error;
    }
    return c.redirect('/admin#monitor-flags', 303);
  });
  return app;
}
