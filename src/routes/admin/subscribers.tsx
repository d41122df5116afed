/**
 * E-mail subscribers in the console (admins only, under settings): how many are confirmed,
 * waiting and quarantined, and removing one address an admin types in (an erasure request).
 * Admins never browse the list. The removal is audited by id, not address.
 */
import { Hono } from 'hono';
import { SubscribersPage } from '../../../views/admin/pages/SubscribersPage';
import type { FieldErrors, FormMessage } from '../../../views/admin/partials/Form';
import { normaliseAddress } from '../../domain/subscription';
import { subscriberAdminWordsFor } from '../../i18n/admin/subscribers';
import { countSubscribers, eraseSubscriber } from '../../store/subscriptions';
import { authOf, type AdminContext, type AdminEnv } from './env';
import { requireRole } from './middleware';
import { adminChrome, page } from './render';

async function renderSubscribers(c: AdminContext, form: { email: string; message: FormMessage; errors: FieldErrors }, status: 200 | 422) {
  const chrome = adminChrome(c);
  return page(
    c,
    <SubscribersPage
      chrome={chrome}
      words={subscriberAdminWordsFor(chrome.lang)}
      configured={Boolean(c.var.config.mail)}
      counts={await countSubscribers(c.var.db)}
      {...form}
    />,
    status,
  );
}

export function subscriberRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const admin = requireRole('admin');

  app.get('/settings/subscribers', admin, (c) => renderSubscribers(c, { email: '', message: null, errors: {} }, 200));

  app.post('/settings/subscribers', admin, async (c) => {
    const words = subscriberAdminWordsFor(adminChrome(c).lang);
    const body = await c.req.parseBody();
    const typed = typeof body.email === 'string' ? body.email.slice(0, 254) : '';
    const email = normaliseAddress(typed);
    if (!email) return renderSubscribers(c, { email: typed, message: null, errors: { email: words.invalidEmail } }, 422);
    const removed = await eraseSubscriber(c.var.db, c.var.clock, email, authOf(c).actor);
    return renderSubscribers(c, { email: '', message: { kind: removed ? 'ok' : 'warning', text: removed ? words.removed : words.notFound }, errors: {} }, 200);
  });

  return app;
}
