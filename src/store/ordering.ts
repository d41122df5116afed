/** Positions, one-step moves and edit versions: shared by the catalog's ordered lists. */
import { ConflictError, InputError } from './errors';

/** Positions are small integers an editor may type; anything else is a mistake. */
export const POSITION_RANGE = { min: -9_999, max: 9_999 } as const;

export function requirePosition(value: number, field = 'position'): number {
  if (!Number.isInteger(value) || value < POSITION_RANGE.min || value > POSITION_RANGE.max)
    throw new InputError('unknown-choice', field);
  return value;
}

export function requireVersion(current: { version: number }, expected: number, what: string): void {
  if (current.version !== expected)
    throw new ConflictError(`Someone else changed ${what} after you opened it.`, current.version);
}

export type MoveDirection = 'up' | 'down';

/** The ids in their new order after moving `id` one step, or null when it cannot move. */
export function movedOrder(ids: number[], id: number, direction: MoveDirection): number[] | null {
  const index = ids.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ids.length) return null;
  const order = [...ids];
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order;
}
