/**
 * Webhook endpoints in the console (admins only): list, add (the secret is shown once, on the
 * answer to the post itself, never in a URL), turn a disabled one back on, remove. Addresses
 * are checked by checkWebhookUrl: https to a public address only (docs/decisions/0040).
 */
import { Hono } from 'hono';
import { WebhooksPage, type WebhookFormValues } from '../../../../views/admin/pages/WebhooksPage';
import type { FieldErrors, FormMessage } from '../../../../views/admin/partials/Form';
import { checkWebhookUrl, WebhookUrlError } from '../../../notify/webhook/url';
import { localText } from '../../../present/localize';
import { NotFoundError } from '../../../store/errors';
import { listActiveServices } from '../../../store/services';
import { createWebhookEndpoint, deleteWebhookEndpoint, enableWebhookEndpoint, listWebhookEndpoints, WEBHOOK_DESCRIPTION_MAX } from '../../../store/webhooks';
import { shownTime } from '../context';
import { authOf, type AdminContext, type AdminEnv } from '../env';
import { routeId } from '../forms/fields';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';

const EMPTY_FORM: WebhookFormValues = { url: '', description: '', scope: 'all', serviceIds: [] };

async function renderWebhooks(
  c: AdminContext,
  state: { form?: WebhookFormValues; errors?: FieldErrors; message?: FormMessage; created?: { url: string; secret: string } | null },
  status: 200 | 404 | 422 = 200,
) {
  const { textLanguages } = c.var.admin;
  const [endpoints, services] = await Promise.all([listWebhookEndpoints(c.var.db), listActiveServices(c.var.db)]);
  const nameOf = new Map(services.map((service) => [service.id, localText(service.texts, textLanguages, (row) => row.name).text]));
  return page(
    c,
    <WebhooksPage
      chrome={adminChrome(c)}
      endpoints={endpoints.map((endpoint) => ({
        id: endpoint.id,
        url: endpoint.url,
        description: endpoint.description,
        services: endpoint.scope === 'all' ? null : endpoint.serviceIds.map((id) => nameOf.get(id) ?? `#${id}`),
        failing: endpoint.failingSince ? { count: endpoint.consecutiveFailures, since: shownTime(c, endpoint.failingSince) } : null,
        disabledAt: endpoint.disabledAt ? shownTime(c, endpoint.disabledAt) : null,
        disabledReason: endpoint.disabledReason,
        lastError: endpoint.lastError,
        lastSuccessAt: endpoint.lastSuccessAt ? shownTime(c, endpoint.lastSuccessAt) : null,
      }))}
      services={[...nameOf].map(([id, name]) => ({ id, name }))}
      form={state.form ?? EMPTY_FORM}
      errors={state.errors ?? {}}
      message={state.message ?? null}
      created={state.created ?? null}
    />,
    status,
  );
}

const single = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '');

export function webhookRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const admin = requireRole('admin');

  app.get('/settings/webhooks', admin, (c) => {
    const notice = c.req.query('done');
    const w = c.var.t.webhooks;
    const message: FormMessage = notice === 'enabled' ? { kind: 'ok', text: w.enabled } : notice === 'removed' ? { kind: 'ok', text: w.removed } : null;
    return renderWebhooks(c, { message });
  });

  app.post('/settings/webhooks', admin, async (c) => {
    const w = c.var.t.webhooks;
    const body = await c.req.parseBody({ all: true });
    const scope = single(body.scope) === 'services' ? 'services' : 'all';
    const serviceIds = [body.serviceIds ?? []]
      .flat()
      .map((value) => Number(value))
      .filter((id) => Number.isInteger(id) && id > 0);
    const form: WebhookFormValues = { url: single(body.url).slice(0, 2_100), description: single(body.description).slice(0, 1_000), scope, serviceIds };
    const errors: FieldErrors = {};
    let url = '';
    try {
      url = checkWebhookUrl(form.url);
    } catch (error) {
      if (!(error instanceof WebhookUrlError)) throw error;
      errors.url = w.urlProblem[error.problem];
    }
    if (form.description.trim().length > WEBHOOK_DESCRIPTION_MAX) errors.description = c.var.t.inputError('too-long', { max: WEBHOOK_DESCRIPTION_MAX });
    const known = new Set((await listActiveServices(c.var.db)).map((service) => service.id));
    if (scope === 'services' && (serviceIds.length === 0 || serviceIds.some((id) => !known.has(id)))) errors.serviceIds = w.chooseServices;
    if (Object.keys(errors).length > 0) return renderWebhooks(c, { form, errors }, 422);
    const created = await createWebhookEndpoint(c.var.db, c.var.clock, { url, description: form.description, scope, serviceIds }, authOf(c).actor);
    return renderWebhooks(c, { created: { url, secret: created.secret } });
  });

  const onEndpoint = (work: (c: AdminContext, id: number) => Promise<void>, done: string) =>
    async (c: AdminContext) => {
      const id = routeId(c);
      if (id === null) return c.notFound();
      try {
        await work(c, id);
      } catch (error) {
        if (error instanceof NotFoundError) return c.notFound();
        throw error;
      }
      return c.redirect(`/admin/settings/webhooks?done=${done}`, 303);
    };

  app.post('/settings/webhooks/:id/enable', admin, onEndpoint((c, id) => enableWebhookEndpoint(c.var.db, c.var.clock, id, authOf(c).actor), 'enabled'));
  app.post('/settings/webhooks/:id/delete', admin, onEndpoint((c, id) => deleteWebhookEndpoint(c.var.db, c.var.clock, id, authOf(c).actor), 'removed'));

  return app;
}
