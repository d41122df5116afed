/**
 * The status vocabulary of DOMAIN.md. Keys are stored in the database and used in APIs;
 * the words residents read come from the message catalogs.
 */
export const SERVICE_STATUSES = [
  'operational',
  'degraded',
  'investigating',
  'maintenance',
  'down',
  'rebuilding',
  'lost',
] as const;

export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export function isServiceStatus(value: unknown): value is ServiceStatus {
  return typeof value === 'string' && (SERVICE_STATUSES as readonly string[]).includes(value);
}

/** Statuses in which residents cannot use the service and need "what to do instead". */
const NOT_WORKING: ReadonlySet<ServiceStatus> = new Set(['down', 'rebuilding', 'lost']);

/** Statuses in which the service works, but not fully or not certainly. */
const IMPAIRED: ReadonlySet<ServiceStatus> = new Set(['degraded', 'investigating']);

export function isNotWorking(status: ServiceStatus): boolean {
  return NOT_WORKING.has(status);
}

export function isImpaired(status: ServiceStatus): boolean {
  return IMPAIRED.has(status);
}

/** Whether a reader should be told what to do instead and when it is expected back. */
export function needsWorkaround(status: ServiceStatus): boolean {
  return status !== 'operational';
}

/** Higher is worse; used to order and to summarise. */
export function severity(status: ServiceStatus): number {
  switch (status) {
    case 'operational':
      return 0;
    case 'maintenance':
      return 1;
    case 'degraded':
      return 2;
    case 'investigating':
      return 3;
    case 'down':
    case 'rebuilding':
    case 'lost':
      return 4;
  }
}

/** A change back to operational from anything else is shown as the event "restored". */
export function isRestoration(before: ServiceStatus | null, after: ServiceStatus | null): boolean {
  return before !== null && before !== 'operational' && after === 'operational';
}
