import type { PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';
import { UpdateEntry, type UpdateEntryProps } from '../partials/UpdateEntry';

export interface HistoryPageProps {
  chrome: PageChrome;
  page: number;
  pages: number;
  newerHref: string | null;
  olderHref: string | null;
  updates: UpdateEntryProps[];
}

export function HistoryPage({ chrome, page, pages, newerHref, olderHref, updates }: HistoryPageProps) {
  const { t } = chrome;
  const title = pages > 1 ? `${t.historyTitle} – ${t.pageOf(page, pages)}` : t.historyTitle;
  return (
    <Layout chrome={chrome} title={title}>
      <h1>{t.historyTitle}</h1>
      <p>
        {t.historyIntro} {pages > 1 && t.pageOf(page, pages)}
      </p>
      {updates.length === 0 && <p>{t.noUpdates}</p>}
      {updates.map((update) => (
        <UpdateEntry chrome={chrome} update={update} headingLevel={2} />
      ))}
      {(newerHref || olderHref) && (
        <nav class="pagination" aria-label={t.paginationLabel}>
          <ul>
            {newerHref && (
              <li>
                <a href={newerHref} rel="prev">
                  <span class="forward" aria-hidden="true">←</span> {t.previousPage}
                </a>
              </li>
            )}
            {olderHref && (
              <li>
                <a href={olderHref} rel="next">
                  {t.nextPage} <span class="forward" aria-hidden="true">→</span>
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </Layout>
  );
}
