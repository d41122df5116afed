/**
 * Form controls with their label, hint and error next to the field (WCAG 3.3.1, 3.3.2), and the
 * one way every console form says what went wrong: an error summary at the top of the form
 * (FormMessages) that takes the focus and links to each field at fault.
 */
import type { Child } from 'hono/jsx';
import type { AdminMessages } from '../../../src/i18n/admin';

/** Messages by field name (the `name` of the input they belong next to). */
export type FieldErrors = Record<string, string>;

/** A field's id from its name: ids are also CSS selectors and fragment targets, so no dots. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  errors: FieldErrors;
  required?: boolean;
  id?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Label({ id, label, hint, error }: { id: string; label: string; hint?: string; error?: string }) {
  return (
    <>
      <label for={id}>
        {label}
        {hint && (
          <span class="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </label>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

export function TextField(
  props: FieldBase & { value?: string | null; type?: string; autocomplete?: string; maxLength?: number; inputMode?: "numeric" | "text"; lang?: string; dir?: 'rtl' },
) {
  const id = props.id ?? fieldId(props.name);
  const error = props.errors[props.name];
  return (
    <div class="field">
      <Label id={id} label={props.label} hint={props.hint} error={error} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        required={props.required}
        autocomplete={props.autocomplete}
        // No `maxlength` here either (issue 12): the browser stops typing and cuts a paste at
        // the limit without a word, so a 230-character title lost its end unseen. Every form's
        // schema refuses longer text with "Högst N tecken." (or the field's own rule) next to
        // the field, the draft kept whole. (`maxLength` stays a prop: the views say their limit.)
        inputmode={props.inputMode}
        lang={props.lang}
        dir={props.dir}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      />
    </div>
  );
}

export function TextArea(props: FieldBase & { value?: string | null; rows?: number; maxLength?: number; lang?: string; dir?: 'rtl' }) {
  const id = props.id ?? fieldId(props.name);
  const error = props.errors[props.name];
  return (
    <div class="field">
      <Label id={id} label={props.label} hint={props.hint} error={error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        // No `maxlength`: the browser cuts a longer paste without a word (the 2 000-character
        // note lost its end). The schema refuses it with "Högst N tecken." next to the field
        // and the draft kept whole (0017), so nothing is cut silently. (`maxLength` stays a prop
        // so the views keep saying what their limit is.)
        lang={props.lang}
        dir={props.dir}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

/**
 * A select always has a value, so it carries no `required` (HTML forbids `required` on a
 * select whose first option is a real choice); the label may still say it is required.
 */
export function Select(
  props: FieldBase & { value?: string | null; options: { value: string; label: string }[] },
) {
  const id = props.id ?? fieldId(props.name);
  const error = props.errors[props.name];
  return (
    <div class="field">
      <Label id={id} label={props.label} hint={props.hint} error={error} />
      <select
        id={id}
        name={props.name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox(props: { name: string; label: string; checked: boolean; value?: string; id?: string; hint?: string }) {
  const id = props.id ?? fieldId(props.name);
  return (
    <div class="checkbox">
      <input type="checkbox" id={id} name={props.name} value={props.value ?? 'on'} checked={props.checked} aria-describedby={props.hint ? `${id}-hint` : undefined} />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
    </div>
  );
}

/** A message box; `role="alert"` for errors so they are announced when they appear. */
export function Message({ kind = 'ok', children }: { kind?: 'ok' | 'error' | 'warning'; children: Child }) {
  return (
    <div class={kind === 'ok' ? 'message' : `message ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * Where the console says that cleaning took characters out of what was typed (control
 * characters, NUL), after a save. One place on every page (the layout renders it; htmx answers
 * replace it out of band, empty when there is nothing to say), so no form can forget it.
 */
export function TextCleanedNotice({ text, outOfBand = false }: { text: string | null; outOfBand?: boolean }) {
  return (
    <div id="text-cleaned" data-hx-swap-oob={outOfBand ? 'true' : undefined}>
      {text && <Message kind="warning">{text}</Message>}
    </div>
  );
}

/** A form's outcome to show at its top: a confirmation, a warning, or what went wrong. */
export type FormMessage = { kind: 'ok' | 'error' | 'warning'; text: string } | null;

/** Whether a form comes back with something to fix (its page title then starts "Fel:"). */
export function hasProblem(errors: FieldErrors | undefined, message?: FormMessage): boolean {
  return Object.keys(errors ?? {}).length > 0 || message?.kind === 'error';
}

/**
 * What went wrong, at the top of the form: a heading (how many fields need fixing, or the
 * problem itself, such as a conflict) and a link to each field at fault, whose message also
 * stands next to the field (`aria-invalid`, `aria-describedby`). It takes the focus: without
 * JavaScript through `autofocus` when the page loads, with htmx when the answer is swapped in
 * (htmx focuses an `[autofocus]` element of new content). `tabindex="-1"` makes it focusable
 * without putting it in the tab order; the `role="alert"` inside has it read out.
 */
export function ErrorSummary({
  t,
  title,
  errors,
  labels = {},
  idFor = fieldId,
  children,
}: {
  t: AdminMessages;
  /** Defaults to "N fields need correcting". */
  title?: string;
  errors: FieldErrors;
  /** The fields' labels, so a link says which field it leads to ("Name (Swedish): Required."). */
  labels?: Record<string, string>;
  /** The id of a field's element, for fields whose id is not `fieldId(name)`. */
  idFor?: (name: string) => string;
  children?: Child;
}) {
  const entries = Object.entries(errors);
  return (
    <div class="error-summary" id="error-summary" tabindex={-1} autofocus>
      <div role="alert">
        <h2 id="error-summary-title">{title ?? t.formHasErrors(entries.length)}</h2>
        {children}
        {entries.length > 0 && (
          <ul>
            {entries.map(([name, message]) => (
              <li>
                <a href={`#${idFor(name)}`}>
                  {labels[name] ? `${labels[name]}: ` : ''}
                  {message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/**
 * The top of every form: the error summary when something needs fixing (field messages, or an
 * error message such as a conflict, which becomes its heading), otherwise the confirmation
 * or warning, if any.
 */
export function FormMessages({
  t,
  message,
  errors = {},
  labels,
  idFor,
  children,
}: {
  t: AdminMessages;
  message: FormMessage | undefined;
  errors?: FieldErrors;
  labels?: Record<string, string>;
  idFor?: (name: string) => string;
  /** More about the problem, under the heading (the newer state after a conflict). */
  children?: Child;
}) {
  if (hasProblem(errors, message)) {
    const count = Object.keys(errors).length;
    const title = message?.kind === 'error' ? message.text : t.formHasErrors(count);
    return (
      <ErrorSummary t={t} title={title} errors={errors} labels={labels} idFor={idFor}>
        {children}
      </ErrorSummary>
    );
  }
  return message ? <Message kind={message.kind}>{message.text}</Message> : null;
}
