/**
 * API tokens in the console (admins only), under the settings area: create one (its secret is
 * shown on the answer to the form, once, and never put in a URL), list them with scopes,
 * expiry and last use, revoke one. Creating and revoking are audited by the store
 * (src/store/api-tokens.ts) under the admin's name.
 */
import { Hono } from 'hono';
import { EMPTY_TOKEN_DRAFT, TokensPage, type TokenDraft, type TokenListItem } from '../../../../views/admin/pages/TokensPage';
import type { FieldErrors, FormMessage } from '../../../../views/admin/partials/Form';
import { createToken, listTokens, revokeToken } from '../../../store/api-tokens';
import { shownTime } from '../context';
import { authOf, type AdminContext, type AdminEnv } from '../env';
import { routeId, typedValue } from '../forms/fields';
import { readForm, typedAll } from '../forms/parse';
import { storeRefusal, sameField } from '../forms/store-errors';
import { requireRole } from '../middleware';
import { adminChrome, page } from '../render';
import { newTokenSchema } from './form';

const DAY_MS = 86_400_000;

async function tokenList(c: AdminContext): Promise<TokenListItem[]> {
  const now = c.var.clock.now().getTime();
  return (await listTokens(c.var.db)).reverse().map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    state: token.revokedAt ? 'revoked' : token.expiresAt && token.expiresAt.getTime() <= now ? 'expired' : 'active',
    expires: token.expiresAt ? shownTime(c, token.expiresAt) : null,
    lastUsed: token.lastUsedAt ? shownTime(c, token.lastUsedAt) : null,
    createdBy: token.createdBy,
    restoreOnResolve: token.restoreOnResolve,
  }));
}

async function renderTokens(
  c: AdminContext,
  options: { draft?: TokenDraft; errors?: FieldErrors; message?: FormMessage; created?: { name: string; secret: string } },
  status: 200 | 404 | 422,
) {
  return page(
    c,
    <TokensPage
      chrome={adminChrome(c)}
      tokens={await tokenList(c)}
      draft={options.draft ?? EMPTY_TOKEN_DRAFT}
      errors={options.errors ?? {}}
      message={options.message}
      created={options.created ?? null}
    />,
    status,
  );
}

export function tokenRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const admin = requireRole('admin');

  app.get('/settings/tokens', admin, (c) => {
    const revoked = c.req.query('revoked');
    const message: FormMessage = revoked ? { kind: 'ok', text: c.var.t.tokens.revoked(revoked) } : null;
    return renderTokens(c, { message }, 200);
  });

  app.post('/settings/tokens', admin, async (c) => {
    const form = await readForm(c, newTokenSchema);
    const draft: TokenDraft = {
      name: typedValue(form.body.name).slice(0, 100),
      scopes: typedAll(form.body, 'scopes'),
      expiresDays: typedValue(form.body.expiresDays).slice(0, 10),
      flagOnly: typedValue(form.body.flagOnly) !== '',
    };
    if (!form.ok) return renderTokens(c, { draft, errors: form.errors }, 422);
    const { name, scopes, expiresDays, flagOnly } = form.value;
    const expiresAt = expiresDays === null ? null : new Date(c.var.clock.now().getTime() + expiresDays * DAY_MS);
    try {
      const { token, secret } = await createToken(c.var.db, c.var.clock, { name, scopes, expiresAt, restoreOnResolve: !flagOnly }, authOf(c).actor);
      return renderTokens(c, { created: { name: token.name, secret } }, 200);
    } catch (error) {
      const refusal = storeRefusal(error, c.var.t, sameField('name'));
      if (refusal.kind === 'invalid') return renderTokens(c, { draft, errors: refusal.errors }, 422);
      throw error;
    }
  });

  app.post('/settings/tokens/:id/revoke', admin, async (c) => {
    const id = routeId(c);
    if (id === null) return c.notFound();
    try {
      const token = await revokeToken(c.var.db, c.var.clock, { id }, authOf(c).actor);
      return c.redirect(`/admin/settings/tokens?revoked=${encodeURIComponent(token.name)}`, 303);
    } catch (error) {
      if (storeRefusal(error, c.var.t, sameField('name')).kind === 'not-found') return renderTokens(c, {}, 404);
      throw error;
    }
  });

  return app;
}
