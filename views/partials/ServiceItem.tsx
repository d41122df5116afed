import type { ServiceStatus } from '../../src/domain/status';
import type { LocalText, PageChrome } from '../chrome';
import { StatusBadge } from './StatusBadge';
import { Inline, Paragraphs } from './Text';

export interface ServiceSummary {
  name: LocalText;
  href: string;
  status: ServiceStatus;
  /** Shown only when the service does not work normally. */
  workaround: LocalText | null;
  expectedRestorationAt: Date | null;
  restorationNote: LocalText | null;
}

/**
 * When a service is expected back, as precise as the organisation has said: a time gets the
 * label, a free-text note stands on its own ("Tidigast i mars").
 */
export function ExpectedBack({ chrome, service }: { chrome: PageChrome; service: ServiceSummary }) {
  const { t, fmt } = chrome;
  return (
    <>
      {service.expectedRestorationAt && (
        <p class="expected">
          <strong>{t.expectedBack}:</strong>{' '}
          <time datetime={fmt.machine(service.expectedRestorationAt)}>{fmt.dateTime(service.expectedRestorationAt)}</time>
        </p>
      )}
      {service.restorationNote?.text && (
        <p class="expected">
          <Inline chrome={chrome} value={service.restorationNote} />
        </p>
      )}
    </>
  );
}

export function ServiceItem({ chrome, service }: { chrome: PageChrome; service: ServiceSummary }) {
  const { t } = chrome;
  return (
    <li class={`service s-${service.status}`}>
      <div class="service-head">
        <a class="service-name" href={service.href}>
          <Inline chrome={chrome} value={service.name} />
        </a>
        <StatusBadge chrome={chrome} status={service.status} />
      </div>
      {service.workaround && service.workaround.text && (
        <div class="workaround">
          <p class="label">{t.whatToDoInstead}:</p>
          <Paragraphs chrome={chrome} value={service.workaround} />
        </div>
      )}
      {service.status !== 'operational' && <ExpectedBack chrome={chrome} service={service} />}
    </li>
  );
}
