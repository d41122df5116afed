/** Form controls with their label, hint and error next to the field (WCAG 3.3.1, 3.3.2). */
import type { Child } from 'hono/jsx';

export type FieldErrors = Record<string, string>;

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
  props: FieldBase & { value?: string | null; type?: string; autocomplete?: string; maxLength?: number; inputMode?: "numeric" | "text" },
) {
  const id = props.id ?? `f-${props.name}`;
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
        maxlength={props.maxLength}
        inputmode={props.inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      />
    </div>
  );
}

export function TextArea(props: FieldBase & { value?: string | null; rows?: number; maxLength?: number; lang?: string }) {
  const id = props.id ?? `f-${props.name}`;
  const error = props.errors[props.name];
  return (
    <div class="field">
      <Label id={id} label={props.label} hint={props.hint} error={error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        maxlength={props.maxLength}
        lang={props.lang}
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
  const id = props.id ?? `f-${props.name}`;
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
  const id = props.id ?? `f-${props.name}`;
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
