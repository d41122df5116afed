import type { OverallState } from '../../src/domain/overall';
import type { Formatter } from '../../src/i18n/format';
import type { Messages } from '../../src/i18n/messages';
import { SnapshotBannerSlot } from '../layouts/SnapshotBanner';
import { OVERALL_ICON } from './OverviewPage';

export interface EmbedPageProps {
  t: Messages;
  fmt: Formatter;
  organisationName: string;
  siteTitle: string;
  overall: OverallState;
  lastUpdated: Date;
  /** Absolute address of the status page in this language. */
  statusPageUrl: string;
  isExampleData: boolean;
  stylesheet: string;
  icons: string;
}

/**
 * The overall state as a small document for other sites' frames (/embed): no script, no
 * cookie, its own sheet. The link opens the status page in the whole window (target=_top),
 * not inside the frame. Pages around it may be anything, so it carries its own language.
 */
export function EmbedPage(props: EmbedPageProps) {
  const { t, fmt, overall } = props;
  const detail = t.overallDetail(overall);
  return (
    <html lang={t.lang} dir={t.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.siteTitle}</title>
        <link rel="stylesheet" href={props.stylesheet} />
      </head>
      <body>
        {/* Filled only when this page is served from its last good copy (../layouts/SnapshotBanner). */}
        <SnapshotBannerSlot />
        <main class={`embed i-${overall.indicator}`}>
          <p class="organisation">{props.organisationName}</p>
          <h1>
            <svg class="icon" aria-hidden="true" focusable="false">
              <use href={`${props.icons}#${OVERALL_ICON[overall.indicator]}`} />
            </svg>
            {t.overallHeadline(overall)}
          </h1>
          {detail && <p>{detail}</p>}
          {props.isExampleData && <p class="example">{t.poster.exampleMarker}</p>}
          <p class="meta">
            {t.lastUpdated}: <time datetime={fmt.machine(props.lastUpdated)}>{fmt.dateTime(props.lastUpdated)}</time>
          </p>
          <p>
            <a href={props.statusPageUrl} target="_top">
              {t.machine.embed.link(props.organisationName)}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
