/**
 * The API tokens page (admins only): the form to create one, the secret of the one just
 * created (shown this once), and every token with its scopes, state, expiry and last use, each
 * live one with a button that revokes it.
 */
import { API_SCOPES, type ApiScope } from '../../../src/domain/api-scopes';
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Checkbox, FormMessages, hasProblem, Message, TextField, type FieldErrors, type FormMessage } from '../partials/Form';
import { Time, type ShownTime } from './UsersPages';

export interface TokenListItem {
  id: number;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  state: 'active' | 'expired' | 'revoked';
  expires: ShownTime | null;
  lastUsed: ShownTime | null;
  createdBy: string;
  restoreOnResolve: boolean;
}

export interface TokenDraft {
  name: string;
  scopes: string[];
  expiresDays: string;
  flagOnly: boolean;
}

export interface TokensPageProps {
  chrome: AdminChrome;
  tokens: TokenListItem[];
  draft: TokenDraft;
  errors: FieldErrors;
  message?: FormMessage;
  /** The token just created: its name and secret, shown once. */
  created?: { name: string; secret: string } | null;
}

export const EMPTY_TOKEN_DRAFT: TokenDraft = { name: '', scopes: [], expiresDays: '', flagOnly: false };

export function TokensPage({ chrome, tokens, draft, errors, message, created }: TokensPageProps) {
  const w = chrome.t.tokens;
  return (
    <AdminLayout chrome={chrome} title={w.title} section="tokens" failed={hasProblem(errors, message)}>
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      {created && (
        <section aria-labelledby="token-created">
          <Message kind="warning">
            <h2 id="token-created">{w.createdHeading(created.name)}</h2>
            <p>{w.createdOnce}</p>
            <p>
              <label for="token-secret">{w.secretLabel}</label>{' '}
              <input id="token-secret" type="text" readonly value={created.secret} size={60} autocomplete="off" spellcheck={false} />
            </p>
            <p>
              <code>{w.usage}</code>
            </p>
          </Message>
        </section>
      )}

      <h2>{w.listHeading}</h2>
      {!errors || Object.keys(errors).length === 0 ? <FormMessages t={chrome.t} message={message} /> : null}
      {tokens.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{w.listHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{w.columns.name}</th>
                <th scope="col">{w.columns.prefix}</th>
                <th scope="col">{w.columns.scopes}</th>
                <th scope="col">{w.columns.state}</th>
                <th scope="col">{w.columns.expires}</th>
                <th scope="col">{w.columns.lastUsed}</th>
                <th scope="col">{w.columns.createdBy}</th>
                <th scope="col">{w.columns.action}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr>
                  <th scope="row">{token.name}</th>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>
                    {token.scopes.join(', ')}
                    {token.scopes.includes('hooks') && <> ({token.restoreOnResolve ? w.onResolveRestores : w.onResolveFlags})</>}
                  </td>
                  <td>{w.states[token.state]}</td>
                  <td>{token.expires ? <Time time={token.expires} /> : w.never}</td>
                  <td>{token.lastUsed ? <Time time={token.lastUsed} /> : w.never}</td>
                  <td>{token.createdBy}</td>
                  <td>
                    {token.state !== 'revoked' && (
                      <form method="post" action={`/admin/settings/tokens/${token.id}/revoke`}>
                        <CsrfField chrome={chrome} />
                        <button type="submit" class="danger" aria-label={w.revokeLabel(token.name)}>
                          {w.revoke}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{w.createHeading}</h2>
      <form method="post" action="/admin/settings/tokens" novalidate>
        <CsrfField chrome={chrome} />
        {Object.keys(errors).length > 0 && (
          <FormMessages t={chrome.t} message={message} errors={errors} labels={{ name: w.name, scopes: w.scopes, expiresDays: w.expiresDays }} />
        )}
        <TextField name="name" label={w.name} hint={w.nameHint} errors={errors} value={draft.name} required maxLength={40} autocomplete="off" />
        <fieldset id="f-scopes">
          <legend>{w.scopes}</legend>
          {errors.scopes && <p class="field-error">{errors.scopes}</p>}
          {API_SCOPES.map((scope) => (
            <Checkbox name="scopes" value={scope} id={`f-scope-${scope.replace(':', '-')}`} label={w.scopeLabels[scope]} checked={draft.scopes.includes(scope)} />
          ))}
        </fieldset>
        <TextField
          name="expiresDays"
          label={w.expiresDays}
          hint={w.expiresDaysHint}
          errors={errors}
          value={draft.expiresDays}
          inputMode="numeric"
          maxLength={5}
        />
        <Checkbox name="flagOnly" label={w.flagOnly} hint={w.flagOnlyHint} checked={draft.flagOnly} />
        <div class="actions">
          <button type="submit">{w.create}</button>
        </div>
      </form>
    </AdminLayout>
  );
}
