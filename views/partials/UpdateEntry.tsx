import type { IncidentPhase } from '../../src/domain/incident';
import type { MaintenanceStatus } from '../../src/domain/maintenance';
import type { MaintenanceChange } from '../../src/i18n/messages';
import { isRestoration, type ServiceStatus } from '../../src/domain/status';
import type { LocalText, PageChrome } from '../chrome';
import { MaintenanceStatusBadge, MaintenanceWindow } from './MaintenanceSummary';
import { StatusBadge } from './StatusBadge';
import { Inline, Paragraphs } from './Text';

export interface ServiceChange {
  name: LocalText;
  href: string;
  from: ServiceStatus | null;
  to: ServiceStatus | null;
}

export interface EarlierVersion {
  /** Null for the original text. */
  correctedAt: Date | null;
  body: LocalText;
}

/** What an update of a planned maintenance did to it, and the window as it stood then. */
export interface MaintenanceChangeProps {
  change: MaintenanceChange;
  status: MaintenanceStatus;
  startsAt: Date;
  endsAt: Date;
}

export interface UpdateEntryProps {
  anchor: string;
  permalink: string;
  publishedAt: Date;
  /** The incident it belongs to, shown where updates of many incidents are listed. */
  context?: { title: LocalText; href: string } | null;
  phase: IncidentPhase | null;
  /** Set on an update that changed a maintenance's status or time: shown instead of the phase. */
  maintenance?: MaintenanceChangeProps | null;
  body: LocalText;
  changes: ServiceChange[];
  mentions: ServiceChange[];
  correction: { correctedAt: Date; reason: LocalText; earlier: EarlierVersion[] } | null;
}

/** One dated entry of the public record, with its own anchor and permalink. */
export function UpdateEntry({
  chrome,
  update,
  headingLevel = 3,
}: {
  chrome: PageChrome;
  update: UpdateEntryProps;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, fmt } = chrome;
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <article class="update" id={update.anchor}>
      <Heading>
        {update.context && (
          <>
            <a href={update.context.href}>
              <Inline chrome={chrome} value={update.context.title} />
            </a>
            <br />
          </>
        )}
        <a class="permalink" href={update.permalink}>
          {t.updateHeading('')}
          <time datetime={fmt.machine(update.publishedAt)}>{fmt.dateTime(update.publishedAt)}</time>
          <span class="visually-hidden"> – {t.permalink}</span>
        </a>
      </Heading>
      {update.maintenance ? (
        <p class="phase">
          <MaintenanceStatusBadge chrome={chrome} status={update.maintenance.status} /> · {t.plannedMaintenance}{' '}
          <MaintenanceWindow chrome={chrome} startsAt={update.maintenance.startsAt} endsAt={update.maintenance.endsAt} />
        </p>
      ) : (
        update.phase && <p class="phase">{t.phase[update.phase]}</p>
      )}
      {update.correction && (
        <p class="correction-note">
          <strong>
            {t.corrected(fmt.dateTime(update.correction.correctedAt))}.
          </strong>{' '}
          {update.correction.reason.text && (
            <>
              {t.correctionReason}: <Inline chrome={chrome} value={update.correction.reason} />
            </>
          )}
        </p>
      )}
      <Paragraphs chrome={chrome} value={update.body} />
      {update.changes.length > 0 && (
        <ul class="changes">
          {update.changes.map((change) => (
            <li>
              <a href={change.href}>
                <Inline chrome={chrome} value={change.name} />
              </a>
              :{' '}
              {change.from && (
                <>
                  <span class="from">{t.status[change.from]}</span> <span class="forward">→</span>{' '}
                </>
              )}
              {change.to && <StatusBadge chrome={chrome} status={change.to} />}
              {isRestoration(change.from, change.to) && (
                <strong class="restored"> ({t.restored})</strong>
              )}
            </li>
          ))}
        </ul>
      )}
      {update.mentions.length > 0 && (
        <p class="mentions">
          {t.mentioned}:{' '}
          {update.mentions.map((mention, index) => (
            <>
              {index > 0 && ', '}
              <a href={mention.href}>
                <Inline chrome={chrome} value={mention.name} />
              </a>
            </>
          ))}
        </p>
      )}
      {update.correction && (
        <details class="earlier">
          <summary>{t.originalText}</summary>
          {update.correction.earlier.map((version) => (
            <div class="earlier-version">
              {version.correctedAt && (
                <p>
                  <em>{t.corrected(fmt.dateTime(version.correctedAt))}</em>
                </p>
              )}
              <Paragraphs chrome={chrome} value={version.body} />
            </div>
          ))}
        </details>
      )}
    </article>
  );
}
