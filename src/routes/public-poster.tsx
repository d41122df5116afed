/**
 * The overview in brief, as a printable poster (`/affisch`) and as plain text
 * (`/status.txt`). Both gather the same data and shape it with the same presenter; they run
 * only when the page cache has no current copy (./public.ts says when that is).
 */
import { PosterPage } from '../../views/pages/PosterPage';
import type { Database } from '../db/database';
import { renderDocument } from '../http/render';
import type { PageContext } from '../present/chrome';
import { presentPoster } from '../present/poster';
import { presentStatusSummary, type StatusSummary } from '../present/status-summary';
import { renderStatusText } from '../present/status-text';
import { listContactChannels } from '../store/contacts';
import { listServiceGroups } from '../store/groups';
import { listActiveServices } from '../store/services';
import type { Site } from '../store/site';

async function gatherSummary(db: Database, context: PageContext, site: Site): Promise<StatusSummary> {
  const [groups, services, channels] = await Promise.all([
    listServiceGroups(db),
    listActiveServices(db),
    listContactChannels(db),
  ]);
  return presentStatusSummary({
    groupIds: groups.map((group) => group.id),
    services,
    channels,
    context,
    timeZone: site.timeZone,
  });
}

export async function renderPoster(
  db: Database,
  context: PageContext,
  site: Site,
  stylesheet: string,
): Promise<string> {
  const summary = await gatherSummary(db, context, site);
  return renderDocument(
    <PosterPage
      chrome={context.chrome}
      stylesheet={stylesheet}
      overall={summary.overall}
      {...presentPoster(summary, {
        t: context.chrome.t,
        fmt: context.chrome.fmt,
        siteTitle: context.chrome.siteTitle,
        organisationName: context.chrome.organisationName,
        isExampleData: context.chrome.isExampleData,
      })}
      printedAt={context.now}
      statusUrl={summary.url}
      plainTextHref={context.paths.statusText}
    />,
  );
}

export async function renderStatusTextDocument(db: Database, context: PageContext, site: Site): Promise<string> {
  const summary = await gatherSummary(db, context, site);
  const { chrome } = context;
  return renderStatusText(summary, {
    t: chrome.t,
    fmt: chrome.fmt,
    siteTitle: chrome.siteTitle,
    isExampleData: chrome.isExampleData,
  });
}
