import type { ServiceSummary } from '../../views/partials/ServiceItem';
import { needsWorkaround } from '../domain/status';
import type { ServiceWithTexts } from '../store/services';
import type { PageContext } from './chrome';
import { localText, optionalText } from './localize';

export function presentServiceSummary(service: ServiceWithTexts, context: PageContext): ServiceSummary {
  const { languages, paths } = context;
  const affected = needsWorkaround(service.status);
  return {
    name: localText(service.texts, languages, (row) => row.name),
    href: paths.service(service.slug),
    status: service.status,
    workaround: affected ? optionalText(service.texts, languages, (row) => row.workaround) : null,
    expectedRestorationAt: affected ? service.expectedRestorationAt : null,
    restorationNote: affected ? optionalText(service.texts, languages, (row) => row.restorationNote) : null,
  };
}
