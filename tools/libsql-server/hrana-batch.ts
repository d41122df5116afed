/**
 * Hrana's `batch`: steps run in order, each only if its condition holds. The conditions are
 * how a client builds a transaction in one round trip (BEGIN; statements that run only if the
 * previous one succeeded; COMMIT, or ROLLBACK if the commit did not happen).
 */
import { HranaError, wireErrorOf } from './hrana-errors';
import type { BatchCondition, BatchRequest, StatementRequest, WireBatchResult, WireStatementResult } from './hrana-protocol';

export interface BatchRunner {
  executeStatement(stmt: StatementRequest): Promise<WireStatementResult>;
  isAutocommit(): boolean;
}

export async function executeBatch(batch: BatchRequest, runner: BatchRunner): Promise<WireBatchResult> {
  const result: WireBatchResult = { step_results: [], step_errors: [] };
  for (const [index, step] of batch.steps.entries()) {
    result.step_results.push(null);
    result.step_errors.push(null);
    try {
      if (step.condition && !holds(step.condition, index, result, runner)) continue;
      result.step_results[index] = await runner.executeStatement(step.stmt);
    } catch (error) {
      // A failed step is recorded and the batch goes on; later conditions decide what runs.
      result.step_errors[index] = wireErrorOf(error);
    }
  }
  return result;
}

function holds(condition: BatchCondition, current: number, result: WireBatchResult, runner: BatchRunner): boolean {
  switch (condition.type) {
    case 'ok':
    case 'error': {
      if (condition.step >= current) {
        throw new HranaError(`Step ${current} has a condition on step ${condition.step}, which has not run yet`, 'BATCH_CONDITION_INVALID');
      }
      const outcome = condition.type === 'ok' ? result.step_results : result.step_errors;
      return outcome[condition.step] !== null;
    }
    case 'not':
      return !holds(condition.cond, current, result, runner);
    case 'and':
      return condition.conds.every((cond) => holds(cond, current, result, runner));
    case 'or':
      return condition.conds.some((cond) => holds(cond, current, result, runner));
    case 'is_autocommit':
      return runner.isAutocommit();
  }
}
