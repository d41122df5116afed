/**
 * What an API token may do. `read` is for reading with a token (the public documents need
 * none); `status:write` sets a service's status; `updates:write` posts updates and manages
 * incidents and maintenance; `hooks` is for monitoring systems' webhooks (Alertmanager,
 * Grafana, Uptime Kuma, heartbeats).
 */
export const API_SCOPES = ['read', 'status:write', 'updates:write', 'hooks'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === 'string' && (API_SCOPES as readonly string[]).includes(value);
}

/**
 * Scopes written as a list (`status:write,updates:write`, spaces or commas), each once, in the
 * vocabulary's order; null when the list is empty or names an unknown scope.
 */
export function parseApiScopes(text: string): ApiScope[] | null {
  const words = text.split(/[\s,]+/).filter((word) => word !== '');
  if (words.length === 0 || !words.every(isApiScope)) return null;
  return API_SCOPES.filter((scope) => words.includes(scope));
}
