/**
 * The one place the console turns an expected store failure into what a form shows
 * (src/store/errors.ts): a refused value becomes a message next to its field (422), a newer
 * version or a state that forbids the write becomes a conflict (409, the draft kept by the
 * caller), a record that is gone becomes 404. Anything else is a real error and is thrown on.
 */
import type { FieldErrors } from '../../../../views/admin/partials/Form';
import type { AdminMessages } from '../../../i18n/admin';
import { ConflictError, InputError, NotFoundError, RefusedError } from '../../../store/errors';

export type StoreRefusal =
  | { kind: 'invalid'; status: 422; errors: FieldErrors }
  | { kind: 'conflict'; status: 409; currentVersion: number | null; refused: { reason: RefusedError['reason']; count: number } | null }
  | { kind: 'not-found'; status: 404 };

/**
 * Which form field a store field belongs to. The forms use the store's names where they can
 * (`texts.sv.name`), so most forms pass only the field for errors the store does not place.
 */
export type FieldOf = (storeField: string | undefined) => string;

export function sameField(fallback: string): FieldOf {
  return (storeField) => storeField ?? fallback;
}

/** An expected store failure as what the form shows; rethrows anything else. */
export function storeRefusal(error: unknown, t: AdminMessages, fieldOf: FieldOf): StoreRefusal {
  if (error instanceof NotFoundError) return { kind: 'not-found', status: 404 };
  if (error instanceof InputError) {
    if (error.code === 'not-found') return { kind: 'not-found', status: 404 };
    return { kind: 'invalid', status: 422, errors: { [fieldOf(error.field)]: t.inputError(error.code, error.params) } };
  }
  if (error instanceof ConflictError) return { kind: 'conflict', status: 409, currentVersion: error.currentVersion, refused: null };
  if (error instanceof RefusedError) return { kind: 'conflict', status: 409, currentVersion: null, refused: { reason: error.reason, count: error.count } };
  throw error;
}

export interface RefusalAnswers<R> {
  invalid(errors: FieldErrors): R | Promise<R>;
  conflict(refusal: Extract<StoreRefusal, { kind: 'conflict' }>): R | Promise<R>;
  notFound(): R | Promise<R>;
}

/** Runs a store write; an expected failure is answered by the form's own answers. */
export async function attempt<T, R>(
  t: AdminMessages,
  write: () => Promise<T>,
  fieldOf: FieldOf,
  answers: RefusalAnswers<R>,
): Promise<{ ok: true; value: T } | { ok: false; answer: R }> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    const refusal = storeRefusal(error, t, fieldOf);
    const answer =
      refusal.kind === 'invalid' ? answers.invalid(refusal.errors) : refusal.kind === 'conflict' ? answers.conflict(refusal) : answers.notFound();
    return { ok: false, answer: await answer };
  }
}
