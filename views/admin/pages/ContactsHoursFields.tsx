/**
 * Weekly opening hours and dated overrides as plain form fields: one row per weekday with a
 * few periods each, and one row per override. Extra rows come from a plain form post that
 * shows the form again (the buttons sit after "Save", so pressing Enter still saves), so
 * none of this needs JavaScript.
 */
import type { AdminChrome } from '../AdminLayout';
import type { FieldErrors } from '../partials/Form';
import { dateInputType, timeInputType } from './ServicesParts';

export interface PeriodDraft {
  opens: string;
  closes: string;
}

export interface OverrideDraft {
  from: string;
  through: string;
  closed: boolean;
  opens: string;
  closes: string;
}

function idOf(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** A small input whose label is spoken in full but shown short ("öppnar"). */
function SmallInput({
  name,
  type,
  value,
  spoken,
  shown,
  errorId,
  invalid,
}: {
  name: string;
  /** The kind of value; the input falls back to text for a value the browser would reject. */
  type: 'time' | 'date';
  value: string;
  spoken: string;
  shown: string;
  errorId?: string;
  invalid: boolean;
}) {
  const id = idOf(name);
  return (
    <span class="small-field">
      <label for={id}>
        <span class="visually-hidden">{spoken} </span>
        {shown}
      </label>
      <input
        id={id}
        name={name}
        type={type === 'date' ? dateInputType(value) : timeInputType(value)}
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
    </span>
  );
}

/**
 * Two small inputs that make one value together (opens–closes, from–through), so they share
 * one error message, which both point to.
 */
function InputPair({
  type,
  spoken,
  first,
  second,
  errorId,
  error,
}: {
  type: 'time' | 'date';
  spoken: string;
  first: { name: string; value: string; shown: string };
  second: { name: string; value: string; shown: string };
  errorId: string;
  error: string | undefined;
}) {
  return (
    <>
      <SmallInput name={first.name} type={type} value={first.value} spoken={spoken} shown={first.shown} errorId={errorId} invalid={!!error} />
      <SmallInput name={second.name} type={type} value={second.value} spoken={spoken} shown={second.shown} errorId={errorId} invalid={!!error} />
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}

export function WeeklyHoursFields({
  chrome,
  dayNames,
  weekly,
  slots,
  errors,
}: {
  chrome: AdminChrome;
  /** Monday first, in the admin's language. */
  dayNames: string[];
  /** Index 0 = Monday; each day has `slots` periods (blank ones included). */
  weekly: PeriodDraft[][];
  slots: number;
  errors: FieldErrors;
}) {
  const { t } = chrome;
  const columns = Array.from({ length: slots }, (_, index) => index);
  return (
    <fieldset>
      <legend>{t.catalog.weeklyHoursLegend}</legend>
      <p class="hint" id="weekly-hint">
        {t.catalog.weeklyHoursHint}
      </p>
      {errors.weekly && (
        <p class="field-error" id="weekly-error">
          {errors.weekly}
        </p>
      )}
      <div class="table-wrap">
        <table class="hours-table" aria-describedby="weekly-hint">
          <thead>
            <tr>
              <th scope="col">{t.catalog.dayColumn}</th>
              {columns.map((slot) => (
                <th scope="col">{t.catalog.periodN(slot + 1)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dayNames.map((day, dayIndex) => (
              <tr>
                <th scope="row">{day}</th>
                {columns.map((slot) => {
                  const base = `hours.${dayIndex + 1}.${slot}`;
                  const period = weekly[dayIndex]?.[slot] ?? { opens: '', closes: '' };
                  const spoken = `${day}, ${t.catalog.periodN(slot + 1).toLowerCase()},`;
                  return (
                    <td>
                      <InputPair
                        type="time"
                        spoken={spoken}
                        first={{ name: `${base}.opens`, value: period.opens, shown: t.catalog.opensLabel }}
                        second={{ name: `${base}.closes`, value: period.closes, shown: t.catalog.closesLabel }}
                        errorId={`${idOf(base)}-error`}
                        error={errors[base]}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <input type="hidden" name="slots" value={String(slots)} />
    </fieldset>
  );
}

export function OverrideFields({ chrome, overrides, errors }: { chrome: AdminChrome; overrides: OverrideDraft[]; errors: FieldErrors }) {
  const { t } = chrome;
  return (
    <fieldset>
      <legend>{t.catalog.overridesLegend}</legend>
      <p class="hint" id="overrides-hint">
        {t.catalog.overridesHint}
      </p>
      <div class="table-wrap">
        <table class="hours-table" aria-describedby="overrides-hint">
          <thead>
            <tr>
              <th scope="col">{t.catalog.overrideRowColumn}</th>
              <th scope="col">{t.catalog.overrideDatesColumn}</th>
              <th scope="col">{t.catalog.overrideClosed}</th>
              <th scope="col">{t.catalog.overrideHoursColumn}</th>
            </tr>
          </thead>
          <tbody>
            {overrides.map((override, index) => {
              const base = `overrides.${index}`;
              const spoken = `${t.catalog.overrideRowN(index + 1)},`;
              const closedId = idOf(`${base}.closed`);
              return (
                <tr>
                  <th scope="row">{index + 1}</th>
                  <td>
                    <InputPair
                      type="date"
                      spoken={spoken}
                      first={{ name: `${base}.from`, value: override.from, shown: t.catalog.overrideFrom }}
                      second={{ name: `${base}.through`, value: override.through, shown: t.catalog.overrideThrough }}
                      errorId={`${idOf(base)}-dates-error`}
                      error={errors[`${base}.dates`]}
                    />
                  </td>
                  <td>
                    <span class="checkbox">
                      <input type="checkbox" id={closedId} name={`${base}.closed`} value="1" checked={override.closed} />
                      <label for={closedId}>
                        <span class="visually-hidden">{spoken} </span>
                        {t.catalog.overrideClosed}
                      </label>
                    </span>
                  </td>
                  <td>
                    <InputPair
                      type="time"
                      spoken={spoken}
                      first={{ name: `${base}.opens`, value: override.opens, shown: t.catalog.opensLabel }}
                      second={{ name: `${base}.closes`, value: override.closes, shown: t.catalog.closesLabel }}
                      errorId={`${idOf(base)}-hours-error`}
                      error={errors[`${base}.hours`]}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <input type="hidden" name="overrideRows" value={String(overrides.length)} />
    </fieldset>
  );
}
