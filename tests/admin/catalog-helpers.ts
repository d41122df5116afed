/** Shared by the catalog tests: a signed-in user, reading forms back, audit rows. */
import { eq } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema';
import type { Role } from '../../src/domain/roles';
import { createTestApp, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';

export const HTMX = { headers: { 'HX-Request': 'true' } };

export async function signedIn(options: { role?: Role; now?: string; locale?: string; revisionTtlMs?: number } = {}) {
  const context = await createTestApp({ now: options.now, revisionTtlMs: options.revisionTtlMs });
  const username = options.role === 'admin' ? 'admin' : 'redaktor';
  const { password } = await makeUser(context, { username, role: options.role ?? 'editor', locale: options.locale });
  const browser = new Browser(context.app);
  await browser.signIn(username, password);
  return { ...context, browser };
}

/** Another signed-in user of the same app, from another address. */
export async function colleague(context: TestContext, role: Role = 'editor') {
  const { password } = await makeUser(context, { username: 'kollega', role });
  const browser = new Browser(context.app, '192.0.2.50');
  await browser.signIn('kollega', password);
  return browser;
}

export function versionIn(html: string): string {
  const match = /name="version" value="(-?\d+)"/.exec(html);
  if (!match) throw new Error('no version field in the page');
  return match[1]!;
}

/** The message shown next to a field (`<p class="field-error" id="<id>-error">`). */
export function fieldError(html: string, inputId: string): string | null {
  const match = new RegExp(`<p class="field-error" id="${inputId}-error">([^<]*)</p>`).exec(html);
  return match ? match[1]! : null;
}

/** The value attribute of an input, as the browser would show it. */
export function inputValue(html: string, inputId: string): string | null {
  const tag = new RegExp(`<input[^>]*id="${inputId}"[^>]*>`).exec(html)?.[0];
  if (!tag) return null;
  return /value="([^"]*)"/.exec(tag)?.[1] ?? '';
}

export function textareaValue(html: string, id: string): string | null {
  const match = new RegExp(`<textarea[^>]*id="${id}"[^>]*>([^<]*)</textarea>`).exec(html);
  return match ? match[1]! : null;
}

export function auditEntries(db: TestContext['db'], action: string) {
  return db.select().from(auditLog).where(eq(auditLog.action, action)).all();
}
