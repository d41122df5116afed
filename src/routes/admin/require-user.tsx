/**
 * Sign-in required in the console. A page asked for without a session is sent to the sign-in
 * page, which comes back to it (`next`). A form posted without one (the session ran out while
 * it was being written) is answered with the sign-in page itself, carrying the draft, so that
 * not a word is lost (./kept-draft.ts); with htmx that page replaces the console's body, where
 * a redirect would have dropped the draft.
 */
import type { MiddlewareHandler } from 'hono';
import { SignInPage } from '../../../views/admin/pages/SignInPages';
import type { AdminContext, AdminEnv } from './env';
import { passkeyBlockMessage } from './account/passkeys';
import { draftFromRequest, serialiseDraft } from './kept-draft';
import { signInFormToken } from './middleware';
import { adminChrome, page, safeNext } from './render';

const SAFE = /^(GET|HEAD|OPTIONS)$/;

async function signInKeepingDraft(c: AdminContext) {
  const draft = SAFE.test(c.req.method) ? null : await draftFromRequest(c);
  if (!draft) return null;
  if (c.req.header('HX-Request') === 'true') {
    // htmx 4 swaps every answer but 204/304; a whole page into the body replaces the console.
    c.header('HX-Retarget', 'body');
    c.header('HX-Reswap', 'innerHTML');
  }
  return page(
    c,
    <SignInPage
      chrome={adminChrome(c)}
      signInToken={signInFormToken(c)}
      username=""
      next={draft.target}
      error={null}
      notice={c.var.t.draftKeptNotice}
      draft={serialiseDraft(draft)}
      passkeysBlocked={await passkeyBlockMessage(c)}
    />,
    401,
  );
}

/** Sends anyone without a complete sign-in to the sign-in page (or its second step). */
export const requireUser: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const auth = c.var.auth;
  // A half-finished sign-in posting a form is treated as none: the draft is what matters.
  if (!auth || (!auth.session.fullyAuthenticated && !SAFE.test(c.req.method))) {
    const kept = await signInKeepingDraft(c);
    if (kept) return kept;
  }
  if (!auth) {
    const { pathname, search } = new URL(c.req.url);
    const back = safeNext(pathname + search);
    if (c.req.header('HX-Request') === 'true') {
      c.header('HX-Redirect', `/admin/login?expired&next=${encodeURIComponent(back)}`);
      return c.body(null, 401);
    }
    return c.redirect(`/admin/login?next=${encodeURIComponent(back)}`, 303);
  }
  if (!auth.session.fullyAuthenticated) return c.redirect('/admin/login/verify', 303);
  await next();
};
