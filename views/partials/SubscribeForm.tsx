/**
 * The e-mail subscription form (no JavaScript): an address, what to follow, the language.
 * Posted to the subscribe page itself; a mistake brings it back with what was typed, a
 * message at the field and a summary at the top that links to it.
 */
import type { SubscriptionScope } from '../../src/domain/subscription';
import type { SubscriptionWords } from '../../src/i18n/subscriptions';
import type { LocalText, PageChrome } from '../chrome';
import { Inline } from './Text';

export interface SubscribeFormValues {
  email: string;
  follow: SubscriptionScope;
  serviceIds: number[];
  lang: string;
}

export type SubscribeFormErrors = Partial<Record<'email' | 'services' | 'follow', string>>;

export interface SubscribeFormProps {
  action: string;
  words: SubscriptionWords;
  /** The site's public languages, each named in itself. */
  languages: { lang: string; name: string }[];
  groups: { name: LocalText; services: { id: number; name: LocalText }[] }[];
  /** Offered as a choice when the form came from an incident's page. */
  incident: { id: number; title: string } | null;
  values: SubscribeFormValues;
  errors: SubscribeFormErrors;
  /** On the manage page: the signed link's token instead of an address field, and its own button. */
  manage?: { token: string; submit: string };
}

const FIELD_IDS: Record<keyof SubscribeFormErrors, string> = { email: 'subscribe-email', services: 'subscribe-services', follow: 'subscribe-follow' };

export function SubscribeForm({ chrome, form }: { chrome: PageChrome; form: SubscribeFormProps }) {
  const { words, values, errors } = form;
  const errorEntries = (Object.keys(FIELD_IDS) as (keyof SubscribeFormErrors)[]).filter((key) => errors[key]);
  return (
    <form method="post" action={form.action} class="subscribe-form" novalidate>
      {errorEntries.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="subscribe-errors-title">
          <h3 id="subscribe-errors-title">{words.errorSummary}</h3>
          <ul>
            {errorEntries.map((key) => (
              <li>
                <a href={`#${FIELD_IDS[key]}`}>{errors[key]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {form.manage ? (
        <input type="hidden" name="t" value={form.manage.token} />
      ) : (
      <p>
        <label for="subscribe-email">{words.emailLabel}</label>
        <span class="hint" id="subscribe-email-hint">
          {words.emailHint}
        </span>
        {errors.email && (
          <span class="field-error" id="subscribe-email-error">
            {errors.email}
          </span>
        )}
        <input
          type="email"
          id="subscribe-email"
          name="email"
          autocomplete="email"
          required
          maxlength={254}
          value={values.email}
          aria-describedby={errors.email ? 'subscribe-email-hint subscribe-email-error' : 'subscribe-email-hint'}
          aria-invalid={errors.email ? 'true' : undefined}
        />
      </p>
      )}
      <fieldset id="subscribe-follow">
        <legend>{words.followLegend}</legend>
        {errors.follow && <p class="field-error">{errors.follow}</p>}
        <p>
          <input type="radio" id="follow-everything" name="follow" value="everything" checked={values.follow === 'everything'} />
          <label for="follow-everything">{words.followEverything}</label>
        </p>
        {form.incident && (
          <p>
            <input type="radio" id="follow-incident" name="follow" value="incident" checked={values.follow === 'incident'} />
            <label for="follow-incident">{words.followIncident(form.incident.title)}</label>
            <input type="hidden" name="incident" value={String(form.incident.id)} />
          </p>
        )}
        {form.groups.length > 0 && (
          <>
            <p>
              <input type="radio" id="follow-services" name="follow" value="services" checked={values.follow === 'services'} />
              <label for="follow-services">{words.followServices}</label>
            </p>
            <fieldset id="subscribe-services" class="subscribe-services" aria-describedby={errors.services ? 'subscribe-services-error' : undefined}>
              <legend class="visually-hidden">{words.followServices}</legend>
              {errors.services && (
                <p class="field-error" id="subscribe-services-error">
                  {errors.services}
                </p>
              )}
              {form.groups.map((group) => (
                <div class="subscribe-group">
                  <p class="subscribe-group-name">
                    <Inline chrome={chrome} value={group.name} />
                  </p>
                  {group.services.map((service) => (
                    <p>
                      <input
                        type="checkbox"
                        id={`follow-service-${service.id}`}
                        name="service"
                        value={String(service.id)}
                        checked={values.serviceIds.includes(service.id)}
                      />
                      <label for={`follow-service-${service.id}`}>
                        <Inline chrome={chrome} value={service.name} />
                      </label>
                    </p>
                  ))}
                </div>
              ))}
            </fieldset>
          </>
        )}
      </fieldset>
      {form.languages.length > 1 ? (
        <p>
          <label for="subscribe-lang">{words.languageLabel}</label>
          <select id="subscribe-lang" name="lang">
            {form.languages.map((language) => (
              <option value={language.lang} lang={language.lang} selected={language.lang === values.lang}>
                {language.name}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <input type="hidden" name="lang" value={values.lang} />
      )}
      <p>
        <button type="submit">{form.manage?.submit ?? words.submit}</button>
      </p>
    </form>
  );
}

/** The small "follow this by e-mail" form on a service or an incident page. */
export interface FollowByEmailProps {
  action: string;
  words: SubscriptionWords;
  lang: string;
  target: { kind: 'service'; id: number } | { kind: 'incident'; id: number };
}

export function FollowByEmail({ form }: { form: FollowByEmailProps }) {
  const { words, target } = form;
  const label = target.kind === 'service' ? words.followThisService : words.followThisIncident;
  return (
    <section class="follow-by-email" aria-labelledby="follow-by-email-title">
      <h2 id="follow-by-email-title">{words.followThisHeading}</h2>
      <form method="post" action={form.action}>
        <input type="hidden" name="follow" value={target.kind === 'service' ? 'services' : 'incident'} />
        <input type="hidden" name={target.kind} value={String(target.id)} />
        <input type="hidden" name="lang" value={form.lang} />
        <p>
          <label for="follow-email">{label}</label>
          <input type="email" id="follow-email" name="email" autocomplete="email" required maxlength={254} placeholder={words.emailHint} />
          <button type="submit">{words.submit}</button>
        </p>
      </form>
    </section>
  );
}
