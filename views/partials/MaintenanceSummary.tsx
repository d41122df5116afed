import type { MaintenanceStatus } from '../../src/domain/maintenance';
import type { LocalText, PageChrome } from '../chrome';
import { Icon } from './StatusBadge';
import { Inline } from './Text';

/** A planned maintenance as the overview and a service page list it. */
export interface MaintenanceSummary {
  title: LocalText;
  href: string;
  /** What it is doing now (src/domain/maintenance.ts displayedMaintenanceStatus). */
  status: MaintenanceStatus;
  startsAt: Date;
  endsAt: Date;
  services: { name: LocalText; href: string }[];
}

/** Icon and colour class per status; the word beside them carries the meaning. */
const LOOK: Record<MaintenanceStatus, { icon: string; className: string }> = {
  scheduled: { icon: 'maintenance', className: 's-maintenance' },
  in_progress: { icon: 'maintenance', className: 's-maintenance' },
  verifying: { icon: 'maintenance', className: 's-maintenance' },
  completed: { icon: 'operational', className: 's-operational' },
  cancelled: { icon: 'closed', className: 's-cancelled' },
};

/** The maintenance's status as text and icon, never colour alone. */
export function MaintenanceStatusBadge({ chrome, status }: { chrome: PageChrome; status: MaintenanceStatus }) {
  return (
    <span class={`status ${LOOK[status].className}`}>
      <Icon chrome={chrome} name={LOOK[status].icon} />
      {chrome.t.maintenanceStatus[status]}
    </span>
  );
}

/** "3 december 2026 kl. 18.00–20.00", each end a `<time>`. */
export function MaintenanceWindow({ chrome, startsAt, endsAt }: { chrome: PageChrome; startsAt: Date; endsAt: Date }) {
  const { fmt } = chrome;
  const parts = fmt.windowParts(startsAt, endsAt);
  return (
    <>
      <time datetime={fmt.machine(startsAt)}>{parts.start}</time>
      {parts.separator}
      <time datetime={fmt.machine(endsAt)}>{parts.end}</time>
    </>
  );
}

export function MaintenanceItem({
  chrome,
  maintenance,
  headingLevel = 3,
}: {
  chrome: PageChrome;
  maintenance: MaintenanceSummary;
  headingLevel?: 3 | 4;
}) {
  const { t } = chrome;
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <article class="incident-summary maintenance-summary">
      <Heading>
        <a href={maintenance.href}>
          <Inline chrome={chrome} value={maintenance.title} />
        </a>
      </Heading>
      <p class="window">
        <strong>{t.plannedMaintenance}</strong> <MaintenanceWindow chrome={chrome} startsAt={maintenance.startsAt} endsAt={maintenance.endsAt} />
      </p>
      <p>
        <MaintenanceStatusBadge chrome={chrome} status={maintenance.status} />
      </p>
      {maintenance.services.length > 0 && (
        <p class="meta">
          {t.affectedServices}:{' '}
          {maintenance.services.map((service, index) => (
            <>
              {index > 0 && ', '}
              <a href={service.href}>
                <Inline chrome={chrome} value={service.name} />
              </a>
            </>
          ))}
        </p>
      )}
    </article>
  );
}
