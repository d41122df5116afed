/**
 * Pieces shared by the catalog's pages (services, groups, contact channels, settings):
 * texts per language with the "older than the Swedish text" marker, the summary shown after
 * an edit conflict, and the move-up/down buttons of ordered lists.
 */
import type { Child } from 'hono/jsx';
import { CsrfField, type AdminChrome } from '../AdminLayout';
import { fieldId, type FieldErrors } from '../partials/Form';

export interface LanguageField {
  /** Field key inside the language, e.g. "name"; the input's name is `${prefix}.${key}`. */
  key: string;
  label: string;
  hint?: string;
  rows?: number;
  maxLength: number;
  /** Required within the language (for an optional language: once anything is filled in). */
  required?: boolean;
}

export interface LanguageBlock {
  locale: string;
  /** The language's name as used mid-sentence ("svenska"), for the error summary's links. */
  name: string;
  /** Arabic fields are written right to left. */
  dir?: 'ltr' | 'rtl';
  /** e.g. "Svenska (obligatoriskt)". */
  legend: string;
  /** Input names start with this, e.g. "texts.en". */
  prefix: string;
  hint?: string;
  /** Set when this translation is older than the original: the explanation to show. */
  stale: string | null;
  values: Record<string, string>;
}

const idOf = fieldId;

/** The error summary's names for a language block's fields: "Namn (svenska)". */
export function languageFieldLabels(block: Pick<LanguageBlock, 'prefix' | 'name'>, fields: LanguageField[]): Record<string, string> {
  return Object.fromEntries(fields.map((spec) => [`${block.prefix}.${spec.key}`, `${spec.label} (${block.name})`]));
}

/** One language's texts. Inputs carry `lang`, so screen readers and spell checkers get it right. */
export function LanguageFieldset({
  chrome,
  block,
  fields,
  errors,
}: {
  chrome: AdminChrome;
  block: LanguageBlock;
  fields: LanguageField[];
  errors: FieldErrors;
}) {
  const { t } = chrome;
  // One id per language: a prefix without the language in it (the groups' `names`, keyed by
  // language) would give every optional language's fieldset the same hint id.
  const base = block.prefix.split('.').includes(block.locale) ? idOf(block.prefix) : `${idOf(block.prefix)}-in-${block.locale}`;
  const staleId = `${base}-stale`;
  const hintId = `${base}-hint`;
  return (
    <fieldset>
      <legend>{block.legend}</legend>
      {block.hint && (
        <p class="hint" id={hintId}>
          {block.hint}
        </p>
      )}
      {block.stale && (
        <p class="stale-marker" id={staleId}>
          <strong>{t.catalog.staleFlag}.</strong> {block.stale}
        </p>
      )}
      {fields.map((spec) => {
        const name = `${block.prefix}.${spec.key}`;
        const id = idOf(name);
        const value = block.values[spec.key] ?? '';
        const error = errors[name];
        const stale = block.stale !== null && value !== '';
        const describedBy = [
          spec.hint ? `${id}-hint` : '',
          error ? `${id}-error` : '',
          stale ? staleId : '',
          block.hint ? hintId : '',
        ]
          .filter(Boolean)
          .join(' ');
        const common = {
          id,
          name,
          lang: block.locale,
          dir: block.dir === 'rtl' ? ('rtl' as const) : undefined,
          // No `maxlength` (issue 12): the browser would cut a paste without a word; the
          // schema refuses text over `spec.maxLength` with a message next to the field.
          required: spec.required,
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': describedBy || undefined,
        };
        return (
          <div class="field">
            <label for={id}>
              {spec.label}
              {stale && <span class="stale-flag"> ({t.catalog.staleFlag})</span>}
              {spec.hint && (
                <span class="hint" id={`${id}-hint`}>
                  {spec.hint}
                </span>
              )}
            </label>
            {error && (
              <p class="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
            {spec.rows ? (
              <textarea {...common} rows={spec.rows}>
                {value}
              </textarea>
            ) : (
              <input type="text" {...common} value={value} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export interface ConflictView {
  /** "Last changed by … This is how it looks now:" */
  intro: string;
  rows: { label: string; value: string; lang?: string }[];
}

/** After a conflict: the newer state, so the editor can compare it with their own draft. */
export function ConflictSummary({ chrome, conflict }: { chrome: AdminChrome; conflict: ConflictView }) {
  const { t } = chrome;
  return (
    <section class="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t.catalog.conflictHeading}</h2>
      <p>{conflict.intro}</p>
      <dl>
        {conflict.rows.map((row) => (
          <>
            <dt>{row.label}</dt>
            <dd lang={row.lang}>{row.value === '' ? '–' : row.value}</dd>
          </>
        ))}
      </dl>
      <p>{t.catalog.conflictKeptDraft}</p>
    </section>
  );
}

/**
 * Move-up/down buttons for one row of an ordered list. Each is its own small form, so it
 * works without JavaScript; with htmx the list is morphed in place and keeps focus.
 */
export function MoveButtons({
  chrome,
  action,
  version,
  name,
  idPrefix,
  target,
  first,
  last,
}: {
  chrome: AdminChrome;
  action: string;
  version: number;
  /** Announced with the button: "Move up: Mina sidor". */
  name: string;
  idPrefix: string;
  /** The list that htmx replaces. */
  target: string;
  first: boolean;
  last: boolean;
}) {
  const { t } = chrome;
  const button = (direction: 'up' | 'down', label: string, disabled: boolean): Child => (
    <form method="post" action={action} data-hx-post={action} data-hx-target={target} data-hx-swap="outerMorph" class="inline-form">
      <CsrfField chrome={chrome} />
      <input type="hidden" name="version" value={String(version)} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" class="secondary small" id={`${idPrefix}-${direction}`} disabled={disabled}>
        {label}
        <span class="visually-hidden">: {name}</span>
      </button>
    </form>
  );
  return (
    <div class="move-buttons">
      {button('up', t.catalog.moveUp, first)}
      {button('down', t.catalog.moveDown, last)}
    </div>
  );
}

/**
 * A date or time field keeps the browser's picker while its value is one the browser
 * accepts; a value it would reject (typed elsewhere, or garbage) is shown as plain text, so
 * what was sent is never silently emptied and the page stays valid HTML.
 */
export function dateInputType(value: string): 'date' | 'text' {
  return value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'date' : 'text';
}

export function timeInputType(value: string): 'time' | 'text' {
  return value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? 'time' : 'text';
}

/**
 * Words for the console's status region (#announcer, outside the swapped content), sent out
 * of band with htmx answers: a live region that is itself swapped in is often not read.
 */
export function Announcement({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <div id="announcer" role="status" class="visually-hidden" data-hx-swap-oob="true">
      {text}
    </div>
  );
}
