/**
 * Whether readers reach this app over HTTPS, and the header that only makes sense then.
 * Behind a TLS-terminating proxy the request itself arrives as http://, so the configured
 * public URL counts too.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

export function servedOverHttps(requestUrl: string, publicUrl: string | null): boolean {
  return new URL(requestUrl).protocol === 'https:' || (publicUrl !== null && publicUrl.startsWith('https:'));
}

/** hono/secure-headers' default value: 180 days, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=15552000; includeSubDomains';

/**
 * Strict-Transport-Security only over HTTPS (RFC 6797 §7.2: not over plain HTTP). Sent on
 * http://localhost it would be ignored at best, and it says something we cannot keep.
 */
export const strictTransportSecurity: MiddlewareHandler<AppEnv> = async (c: Context<AppEnv>, next) => {
  await next();
  if (servedOverHttps(c.req.url, c.var.config.publicUrl)) c.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
};
