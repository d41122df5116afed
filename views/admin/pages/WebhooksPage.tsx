/**
 * The webhook endpoints page (admins only, docs/decisions/0040-outbox-and-delivery.md): what a
 * webhook is and how it is signed, the endpoints with their health (working, failing, disabled
 * with the reason), the form to add one, and, once, the secret of the one just added.
 */
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Checkbox, FormMessages, hasProblem, Message, TextField, type FieldErrors, type FormMessage } from '../partials/Form';
import type { ShownTime } from './UsersPages';

export interface WebhookEndpointView {
  id: number;
  url: string;
  description: string;
  /** Null: everything; otherwise the chosen services' names. */
  services: string[] | null;
  failing: { count: number; since: ShownTime } | null;
  disabledAt: ShownTime | null;
  disabledReason: string | null;
  lastError: string | null;
  lastSuccessAt: ShownTime | null;
}

export interface WebhookFormValues {
  url: string;
  description: string;
  scope: 'all' | 'services';
  serviceIds: number[];
}

export interface WebhooksPageProps {
  chrome: AdminChrome;
  endpoints: WebhookEndpointView[];
  services: { id: number; name: string }[];
  form: WebhookFormValues;
  errors: FieldErrors;
  message: FormMessage;
  /** The secret of the endpoint just added: shown this once. */
  created: { url: string; secret: string } | null;
}

export function WebhooksPage({ chrome, endpoints, services, form, errors, message, created }: WebhooksPageProps) {
  const { t } = chrome;
  const w = t.webhooks;
  return (
    <AdminLayout chrome={chrome} title={w.title} section="webhooks" failed={hasProblem(errors, message)}>
      <h1>{w.title}</h1>
      <FormMessages t={t} message={message} errors={errors} labels={{ url: w.urlLabel, description: w.descriptionLabel, serviceIds: w.servicesLegend }} />
      {created && (
        <section aria-labelledby="webhook-created" class="webhook-created">
          <h2 id="webhook-created">{w.createdHeading}</h2>
          <p>{created.url}</p>
          <p>{w.secretIntro}</p>
          <p>
            {w.secretLabel}: <code id="webhook-secret">{created.secret}</code>
          </p>
        </section>
      )}
      <p>{w.intro}</p>
      <p>{w.signing}</p>

      <h2>{w.listHeading}</h2>
      {endpoints.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <ul class="webhooks">
          {endpoints.map((endpoint) => (
            <li id={`webhook-${endpoint.id}`}>
              <p>
                <strong>{endpoint.url}</strong>
                {endpoint.description && <> – {endpoint.description}</>}
              </p>
              <p>{endpoint.services === null ? w.everything : w.servicesScope(endpoint.services.join(', '))}</p>
              {endpoint.disabledAt ? (
                <Message kind="warning">
                  <strong>{w.disabled(endpoint.disabledAt.text)}</strong>
                  {endpoint.disabledReason && <>: {endpoint.disabledReason}</>}
                </Message>
              ) : endpoint.failing ? (
                <Message kind="warning">{w.failing(endpoint.failing.count, endpoint.failing.since.text)}</Message>
              ) : (
                <p>{w.active}</p>
              )}
              {endpoint.lastError && !endpoint.disabledAt && (
                <p>
                  {w.lastError}: {endpoint.lastError}
                </p>
              )}
              {endpoint.lastSuccessAt && (
                <p>{w.lastSuccess(endpoint.lastSuccessAt.text)}</p>
              )}
              <div class="actions">
                {endpoint.disabledAt && (
                  <form method="post" action={`/admin/settings/webhooks/${endpoint.id}/enable`}>
                    <CsrfField chrome={chrome} />
                    <button type="submit">{w.enable}</button>
                  </form>
                )}
                <form method="post" action={`/admin/settings/webhooks/${endpoint.id}/delete`}>
                  <CsrfField chrome={chrome} />
                  <button type="submit" class="secondary">
                    {w.remove(endpoint.url)}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h2>{w.addHeading}</h2>
      <form method="post" action="/admin/settings/webhooks">
        <CsrfField chrome={chrome} />
        <TextField name="url" type="url" label={w.urlLabel} hint={w.urlHint} errors={errors} value={form.url} required maxLength={2000} />
        <TextField name="description" label={w.descriptionLabel} hint={w.descriptionHint} errors={errors} value={form.description} maxLength={200} />
        <fieldset>
          <legend>{w.scopeLegend}</legend>
          <div class="radio">
            <input type="radio" id="f-scope-all" name="scope" value="all" checked={form.scope === 'all'} />
            <label for="f-scope-all">{w.scopeAll}</label>
          </div>
          <div class="radio">
            <input type="radio" id="f-scope-services" name="scope" value="services" checked={form.scope === 'services'} />
            <label for="f-scope-services">{w.scopeServices}</label>
          </div>
        </fieldset>
        <fieldset id="f-serviceIds">
          <legend>{w.servicesLegend}</legend>
          {errors.serviceIds && <p class="field-error">{errors.serviceIds}</p>}
          {services.map((service) => (
            <Checkbox name="serviceIds" id={`f-service-${service.id}`} value={String(service.id)} label={service.name} checked={form.serviceIds.includes(service.id)} />
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">{w.add}</button>
        </div>
      </form>
    </AdminLayout>
  );
}
