/**
 * E-mail subscriptions on the public side, without JavaScript: the subscribe form's POST,
 * the confirm page (a button: only a POST confirms, so a link scanner opening the mail's link
 * confirms nothing), the manage page, and leaving, also with one click from a mail client
 * (RFC 8058). Every form is protected by an Origin / Sec-Fetch-Site check (hono/csrf): the
 * pages are cached and shared, so they carry no per-visitor token, and these forms act on no
 * session. The links prove themselves (HMAC, src/notify/mail/links.ts), so the one-click
 * POST, which a mail provider sends from its own servers, needs no other proof. Answers are
 * never cached (their URLs hold tokens).
 */
import { Hono, type Context, type Handler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { SubscriptionButtonPage, SubscriptionManagePage, SubscriptionMessagePage } from '../../views/pages/SubscriptionPages';
import type { SubscribeFormErrors, SubscribeFormValues } from '../../views/partials/SubscribeForm';
import { publicLocalesOf } from '../domain/locales';
import { normaliseAddress, SUBSCRIPTION_SCOPES, type LinkPurpose } from '../domain/subscription';
import type { AppEnv, MailConfig } from '../env';
import type { AssetBundle } from '../http/assets';
import { renderDocument } from '../http/render';
import { CATALOGS } from '../i18n';
import { subscriptionWordsFor, type SubscriptionWords } from '../i18n/subscriptions';
import { readLinkClaim, verifyLink } from '../notify/mail/links';
import { linksFor, sendRequestMail } from '../notify/mail/subscription-mail';
import { pageContext, type PageContext } from '../present/chrome';
import { localText } from '../present/localize';
import { languageChoices, type SubscribeFormState } from '../present/subscriptions';
import { listServiceGroups } from '../store/groups';
import { findIncidentById } from '../store/incidents';
import { listActiveServices } from '../store/services';
import type { Site } from '../store/site';
import {
  allowSubscribeRequest,
  changeSubscription,
  confirmSubscription,
  endSubscription,
  findSubscriber,
  requestSubscription,
  subscriptionSecretFor,
  type Subscriber,
  type SubscriptionChoice,
} from '../store/subscriptions';
import { urlPrefixOf } from '../urls/locale-prefixes';
import { subscriptionPathsFor } from '../urls/subscriptions';
import { renderSubscribe } from './public-pages';

type Step = 'subscribe' | 'confirm' | 'manage' | 'unsubscribe';

interface SubscriptionRequestContext {
  c: Context<AppEnv>;
  locale: string;
  site: Site;
  mail: MailConfig;
  context: PageContext;
  words: SubscriptionWords;
  publicUrl: string;
}

/** The form's fields; everything optional, so a missing field is a message, never a 500. */
const formSchema = z.object({
  email: z.string().max(1000).optional(),
  follow: z.enum(SUBSCRIPTION_SCOPES).optional(),
  service: z.union([z.string(), z.array(z.string())]).optional(),
  incident: z.string().optional(),
  lang: z.string().optional(),
  t: z.string().max(200).optional(),
});
type FormFields = z.infer<typeof formSchema>;

const positiveIds = (values: string | string[] | undefined) =>
  [values ?? []].flat().filter((value) => /^[1-9][0-9]{0,9}$/.test(value)).map(Number);

async function readForm(c: Context<AppEnv>): Promise<FormFields> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return {};
  const parsed = formSchema.safeParse(await c.req.parseBody({ all: true }));
  if (!parsed.success) throw new HTTPException(400, { message: 'The form could not be read.' });
  return parsed.data;
}

/**
 * Personal pages: never kept by a browser or the edge (src/edge/cache.ts skips no-store). Their
 * token-bearing URLs reach no other site: the pages link only to this one, and the site-wide
 * Referrer-Policy (strict-origin-when-cross-origin) sends other origins the origin alone.
 */
function personal(c: Context<AppEnv>, body: string, status: 200 | 400 | 429 = 200): Response {
  c.header('Cache-Control', 'no-store');
  return c.html(body, status);
}

export function subscriptionRoutes(assets: AssetBundle): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const assetUrls = { stylesheet: assets.stylesheet.path, icons: assets.icons.path, favicon: assets.favicon.path };
  const sameOrigin = csrf({
    origin: (origin, c) => {
      const configured = c.var.config.publicUrl;
      return origin === new URL(c.req.url).origin || (configured !== null && origin === new URL(configured).origin);
    },
  });

  /** Finds the language (as the public pages do), the site and the mail settings, or answers 404. */
  const withRequest =
    (locales: string[], prefixed: boolean, handle: (request: SubscriptionRequestContext) => Promise<Response>): Handler<AppEnv> =>
    async (c) => {
      c.set('assetUrls', assetUrls);
      const mail = c.var.config.mail;
      if (!mail) throw new HTTPException(404);
      const view = await c.var.publicState.current();
      const site = view.site;
      if (!site) throw new HTTPException(404);
      const locale = prefixed ? locales[0]! : site.defaultLocale;
      c.set('locale', locale);
      if (!locales.includes(locale) || !site.offeredLocales.includes(locale) || (prefixed && locale === site.defaultLocale)) {
        throw new HTTPException(404);
      }
      const publicUrl = c.var.config.publicUrl ?? site.publicUrl;
      const context = {
        ...pageContext({ site, locale, ref: { kind: 'subscribe' }, publicUrl, lastUpdated: view.changedAt, assets: assetUrls, now: c.var.clock.now() }),
        emailSubscriptions: true,
      };
      return handle({ c, locale, site, mail, context, words: subscriptionWordsFor(locale), publicUrl });
    };

  /** Registers one step, GET and/or POST, in every interface language (root words and prefixed). */
  const register = (step: Step, method: 'get' | 'post', handle: (request: SubscriptionRequestContext) => Promise<Response>, guard = true) => {
    const roots = new Map<string, string[]>();
    for (const locale of Object.keys(CATALOGS)) {
      // At the root in this language's words (as when it is the default); prefixed below.
      const paths = subscriptionPathsFor(locale, locale);
      const pattern = paths[step];
      roots.set(pattern, [...(roots.get(pattern) ?? []), locale]);
      const prefixed = `/${urlPrefixOf(locale)}${pattern}`;
      if (guard && method === 'post') app.post(prefixed, sameOrigin);
      app[method](prefixed, withRequest([locale], true, handle));
    }
    for (const [pattern, locales] of roots) {
      if (guard && method === 'post') app.post(pattern, sameOrigin);
      app[method](pattern, withRequest(locales, false, handle));
    }
  };

  register('subscribe', 'post', subscribe);
  register('confirm', 'get', (request) => withClaim(request, 'confirm', confirmPage));
  register('confirm', 'post', (request) => withClaim(request, 'confirm', confirm));
  register('manage', 'get', (request) => withClaim(request, 'manage', managePage));
  register('manage', 'post', (request) => withClaim(request, 'manage', saveChoices));
  register('unsubscribe', 'get', (request) => withClaim(request, 'unsubscribe', unsubscribePage));
  // No Origin check: a mail provider's one-click POST comes from its own servers (RFC 8058).
  register('unsubscribe', 'post', unsubscribe, false);
  return app;
}

// ─── Steps ───────────────────────────────────────────────────────────────────────────────

function choiceOf(fields: FormFields): SubscriptionChoice | 'no-services' {
  switch (fields.follow ?? 'everything') {
    case 'services': {
      const serviceIds = positiveIds(fields.service);
      return serviceIds.length === 0 ? 'no-services' : { scope: 'services', serviceIds };
    }
    case 'incident': {
      const [incidentId] = positiveIds(fields.incident);
      return incidentId === undefined ? { scope: 'everything' } : { scope: 'incident', incidentId };
    }
    default:
      return { scope: 'everything' };
  }
}

function mailLanguageOf(request: SubscriptionRequestContext, lang: string | undefined): string {
  const offered = publicLocalesOf(request.site.offeredLocales) as string[];
  return lang && offered.includes(lang) ? lang : request.locale;
}

async function incidentChoice(request: SubscriptionRequestContext, fields: FormFields) {
  const [id] = positiveIds(fields.incident);
  if (id === undefined) return null;
  const incident = await findIncidentById(request.c.var.db, id);
  if (!incident) return null;
  return { id, title: localText(incident.texts, request.context.languages, (row) => row.title).text };
}

async function formAgain(request: SubscriptionRequestContext, fields: FormFields, errors: SubscribeFormErrors): Promise<Response> {
  const values: SubscribeFormValues = {
    email: (fields.email ?? '').slice(0, 254),
    follow: fields.follow ?? 'everything',
    serviceIds: positiveIds(fields.service),
    lang: mailLanguageOf(request, fields.lang),
  };
  const state: SubscribeFormState = { values, errors, incident: await incidentChoice(request, fields) };
  return personal(request.c, await renderSubscribe(request.c.var.db, request.context, state), 400);
}

async function subscribe(request: SubscriptionRequestContext): Promise<Response> {
  const { c, words, site, mail, publicUrl } = request;
  const { db, clock } = c.var;
  const fields = await readForm(c);
  const email = normaliseAddress(fields.email ?? '');
  const choice = choiceOf(fields);
  const errors: SubscribeFormErrors = {};
  if (!email) errors.email = words.invalidEmail;
  if (choice === 'no-services') errors.services = words.noServicesChosen;
  if (!email || choice === 'no-services') return formAgain(request, fields, errors);

  const now = clock.now();
  if (!(await allowSubscribeRequest(db, now, email, c.var.clientIp))) {
    return personal(c, await renderDocument(<SubscriptionMessagePage chrome={request.context.chrome} title={words.tooManyTitle} paragraphs={[words.tooMany]} />), 429);
  }
  const outcome = await requestSubscription(db, now, { email, locale: mailLanguageOf(request, fields.lang), choice });
  if (outcome.kind === 'unknown-choice') return formAgain(request, fields, { follow: words.unknownChoice });
  // The same answer whether the address was new, waiting, confirmed or bounced.
  if (outcome.kind !== 'quarantined') await sendRequestMail(db, clock, mail, site, publicUrl, outcome.subscriber, outcome.kind);
  return personal(
    c,
    await renderDocument(<SubscriptionMessagePage chrome={request.context.chrome} title={words.checkMailTitle} paragraphs={words.checkMail} />),
  );
}

/** Reads and checks the token (query on GET, form field on POST); an invalid one gets a clear 400 page. */
async function withClaim(
  request: SubscriptionRequestContext,
  purpose: LinkPurpose,
  handle: (request: SubscriptionRequestContext, subscriber: Subscriber, token: string, fields: FormFields) => Promise<Response>,
): Promise<Response> {
  const { c } = request;
  const fields = c.req.method === 'POST' ? await readForm(c) : {};
  const token = fields.t ?? c.req.query('t') ?? '';
  const subscriber = await verifiedSubscriber(request, token, [purpose]);
  if (!subscriber) return linkInvalid(request);
  return handle(request, subscriber, token, fields);
}

async function verifiedSubscriber(request: SubscriptionRequestContext, token: string, purposes: LinkPurpose[]): Promise<Subscriber | null> {
  const claim = readLinkClaim(token);
  if (!claim || !purposes.includes(claim.purpose)) return null;
  const { db, clock } = request.c.var;
  const subscriber = await findSubscriber(db, claim.subscriberId);
  if (!subscriber) return null;
  const now = clock.now();
  const secret = await subscriptionSecretFor(db, now, request.mail.secret);
  return (await verifyLink(secret, claim, subscriber.linkKey, now)) ? subscriber : null;
}

async function linkInvalid(request: SubscriptionRequestContext): Promise<Response> {
  const { words, context } = request;
  return personal(
    request.c,
    await renderDocument(
      <SubscriptionMessagePage
        chrome={context.chrome}
        title={words.linkInvalidTitle}
        paragraphs={[words.linkInvalid]}
        link={{ href: subscriptionPathsFor(request.locale, request.site.defaultLocale).subscribe, label: context.chrome.t.subscribeTitle }}
      />,
    ),
    400,
  );
}

const pathsOf = (request: SubscriptionRequestContext) => subscriptionPathsFor(request.locale, request.site.defaultLocale);

async function confirmPage(request: SubscriptionRequestContext, _subscriber: Subscriber, token: string): Promise<Response> {
  const { words } = request;
  return personal(
    request.c,
    await renderDocument(
      <SubscriptionButtonPage
        chrome={request.context.chrome}
        title={words.confirmTitle}
        text={words.confirmText}
        action={pathsOf(request).confirm}
        token={token}
        button={words.confirmButton}
      />,
    ),
  );
}

async function manageLinkFor(request: SubscriptionRequestContext, subscriber: Subscriber): Promise<string> {
  const { db, clock } = request.c.var;
  const now = clock.now();
  const secret = await subscriptionSecretFor(db, now, request.mail.secret);
  const links = await linksFor(secret, subscriber, request.site, request.publicUrl, request.locale, now);
  // Root-relative on the page itself.
  return links.manage.slice(request.publicUrl.length);
}

async function confirm(request: SubscriptionRequestContext, subscriber: Subscriber): Promise<Response> {
  const { words, c } = request;
  await confirmSubscription(c.var.db, c.var.clock.now(), subscriber.id);
  return personal(
    c,
    await renderDocument(
      <SubscriptionMessagePage
        chrome={request.context.chrome}
        title={words.confirmedTitle}
        paragraphs={[words.confirmed]}
        link={{ href: await manageLinkFor(request, subscriber), label: words.manageTitle }}
      />,
    ),
  );
}

async function manageView(request: SubscriptionRequestContext, subscriber: Subscriber, token: string, saved: boolean, errors: SubscribeFormErrors = {}, values?: SubscribeFormValues) {
  const { c, words, context } = request;
  const { db } = c.var;
  const [groups, services] = await Promise.all([listServiceGroups(db), listActiveServices(db)]);
  const { languages } = context;
  const choosable = groups
    .map((group) => ({
      name: localText(group.texts, languages, (row) => row.name),
      services: services
        .filter((service) => service.groupId === group.id)
        .map((service) => ({ id: service.id, name: localText(service.texts, languages, (row) => row.name) })),
    }))
    .filter((group) => group.services.length > 0);
  const incident = subscriber.incidentId !== null ? await incidentChoice(request, { incident: String(subscriber.incidentId) }) : null;
  const paths = pathsOf(request);
  return personal(
    c,
    await renderDocument(
      <SubscriptionManagePage
        chrome={context.chrome}
        words={words}
        email={subscriber.email}
        saved={saved}
        token={token}
        endAction={paths.unsubscribe}
        form={{
          action: paths.manage,
          words,
          languages: languageChoices(context),
          groups: choosable,
          incident,
          values: values ?? { email: subscriber.email, follow: subscriber.scope, serviceIds: subscriber.serviceIds, lang: subscriber.locale },
          errors,
          manage: { token, submit: words.saveButton },
        }}
      />,
    ),
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

function managePage(request: SubscriptionRequestContext, subscriber: Subscriber, token: string): Promise<Response> {
  return manageView(request, subscriber, token, false);
}

async function saveChoices(request: SubscriptionRequestContext, subscriber: Subscriber, token: string, fields: FormFields): Promise<Response> {
  const { words, c } = request;
  const choice = choiceOf({ ...fields, incident: fields.incident ?? (subscriber.incidentId !== null ? String(subscriber.incidentId) : undefined) });
  const values: SubscribeFormValues = {
    email: subscriber.email,
    follow: fields.follow ?? 'everything',
    serviceIds: positiveIds(fields.service),
    lang: mailLanguageOf(request, fields.lang),
  };
  if (choice === 'no-services') return manageView(request, subscriber, token, false, { services: words.noServicesChosen }, values);
  const changed = await changeSubscription(c.var.db, subscriber.id, values.lang, choice);
  if (!changed) return manageView(request, subscriber, token, false, { follow: words.unknownChoice }, values);
  return manageView(request, (await findSubscriber(c.var.db, subscriber.id))!, token, true);
}

async function unsubscribePage(request: SubscriptionRequestContext, _subscriber: Subscriber, token: string): Promise<Response> {
  const { words } = request;
  return personal(
    request.c,
    await renderDocument(
      <SubscriptionButtonPage
        chrome={request.context.chrome}
        title={words.unsubscribeTitle}
        text={words.unsubscribeText}
        action={`${pathsOf(request).unsubscribe}`}
        token={token}
        button={words.endButton}
      />,
    ),
  );
}

/**
 * Leaving: the one-click POST (token in the URL, body `List-Unsubscribe=One-Click`), the
 * button on the unsubscribe page, or the manage page's "end" form (its manage token). A
 * well-formed link whose subscription no longer exists gets the same "ended" answer: the
 * address is gone either way. A malformed one is a 400.
 */
async function unsubscribe(request: SubscriptionRequestContext): Promise<Response> {
  const { c, words } = request;
  const fields = await readForm(c);
  const token = fields.t ?? c.req.query('t') ?? '';
  const claim = readLinkClaim(token);
  if (!claim || (claim.purpose !== 'unsubscribe' && claim.purpose !== 'manage')) return linkInvalid(request);
  const subscriber = await verifiedSubscriber(request, token, ['unsubscribe', 'manage']);
  if (subscriber) await endSubscription(c.var.db, subscriber.id);
  else if (await findSubscriber(c.var.db, claim.subscriberId)) return linkInvalid(request);
  return personal(
    c,
    await renderDocument(<SubscriptionMessagePage chrome={request.context.chrome} title={words.endedTitle} paragraphs={[words.ended]} />),
  );
}
