/**
 * "Not saved, try again": a write met a database that could not take it (busy, out of reach,
 * read-only, full …). Everything the editor
 * sent is back in editable fields of a form that posts to the same address with the session's
 * CSRF token, so sending again is one click and nothing typed is lost. Secrets (passwords,
 * codes) are never written into the page: those fields come back empty, to be typed again.
 */
import { AdminLayout, CsrfField, type AdminChrome } from '../AdminLayout';
import { Message } from '../partials/Form';

export interface DraftField {
  name: string;
  value: string;
  kind: 'line' | 'text' | 'secret';
}

/** What happened, in words chosen for the kind of failure (busy, unreachable, read-only …). */
export interface TryAgainNotice {
  title: string;
  reason: string;
  advice: string;
}

export interface TryAgainProps {
  chrome: AdminChrome;
  notice: TryAgainNotice;
  /** The address the form was posted to (path and query, same origin). */
  action: string;
  fields: DraftField[];
}

/** The HTML parser drops one newline right after <textarea>; a leading one is kept by doubling it. */
function textareaContent(value: string): string {
  return value.startsWith('\n') || value.startsWith('\r\n') ? `\n${value}` : value;
}

export function TryAgainContent({ chrome, notice, action, fields }: TryAgainProps) {
  const t = chrome.t.tryAgain;
  return (
    <>
      <h1>{notice.title}</h1>
      <Message kind="error">
        <p>{notice.reason}</p>
        <p>{notice.advice}</p>
      </Message>
      <form id="try-again" method="post" action={action}>
        <CsrfField chrome={chrome} />
        {fields.length > 0 && (
          <fieldset>
            <legend>{t.fieldsHeading}</legend>
            {fields.map((field, index) => {
              const id = `draft-${index}`;
              return (
                <div class="field">
                  <label for={id}>
                    <code>{field.name}</code>
                    {field.kind === 'secret' && (
                      <span class="hint" id={`${id}-hint`}>
                        {t.retypeSecret}
                      </span>
                    )}
                  </label>
                  {field.kind === 'text' ? (
                    <textarea id={id} name={field.name} rows={Math.min(12, Math.max(3, field.value.split('\n').length + 1))}>
                      {textareaContent(field.value)}
                    </textarea>
                  ) : field.kind === 'secret' ? (
                    <input id={id} name={field.name} type="password" value="" autocomplete="off" aria-describedby={`${id}-hint`} />
                  ) : (
                    <input id={id} name={field.name} type="text" value={field.value} />
                  )}
                </div>
              );
            })}
          </fieldset>
        )}
        <div class="actions">
          <button type="submit">{t.sendAgain}</button> <a href="/admin">{t.back}</a>
        </div>
      </form>
    </>
  );
}

export function TryAgainPage(props: TryAgainProps) {
  return (
    <AdminLayout chrome={props.chrome} title={props.notice.title} section="none">
      <TryAgainContent {...props} />
    </AdminLayout>
  );
}
