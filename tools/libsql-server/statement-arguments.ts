/**
 * Matching a request's arguments to a statement's parameters. Everything is bound by position:
 * the native driver aborts the whole process (a Rust panic) when given named arguments for a
 * statement that also has a bare `?`, so names are resolved here instead. The rules are
 * Hrana's: names may come with or without their `:`/`@`/`$` prefix, a named argument wins over
 * a positional one for the same parameter, and a missing or unexpected argument is an error.
 */
import { HranaError } from './hrana-errors';
import type { SqlValue } from './hrana-protocol';
import type { StatementProgram } from './statement-program';

type Parameters = Pick<StatementProgram, 'parameterNames' | 'usedParameters'>;

export function bindArguments(
  parameters: Parameters,
  args: readonly SqlValue[],
  namedArgs: ReadonlyMap<string, SqlValue>,
): SqlValue[] {
  const { parameterNames, usedParameters } = parameters;
  if (args.length > parameterNames.length) {
    invalid(`${args.length} positional arguments given, but the statement has ${parameterNames.length} parameters`);
  }
  const namesUsed = new Set<string>();
  const values = parameterNames.map((name, index): SqlValue => {
    const named = name === null || name.startsWith('?') ? undefined : namedValue(namedArgs, name, namesUsed);
    const value = named !== undefined ? named : args[index];
    if (value !== undefined) return value;
    // A parameter the statement never reads (the gap below `?3` in `SELECT ?3`) needs no value.
    if (!usedParameters.has(index + 1)) return null;
    return invalid(`no value given for parameter ${name ?? `?${index + 1}`}`);
  });
  const unknown = [...namedArgs.keys()].filter((name) => !namesUsed.has(name));
  if (unknown.length > 0) invalid(`the statement has no parameter named ${unknown.join(', ')}`);
  return values;
}

function namedValue(namedArgs: ReadonlyMap<string, SqlValue>, name: string, namesUsed: Set<string>): SqlValue | undefined {
  for (const key of [name, name.slice(1)]) {
    const value = namedArgs.get(key);
    if (value !== undefined) {
      namesUsed.add(key);
      return value;
    }
  }
  return undefined;
}

function invalid(detail: string): never {
  throw new HranaError(`Arguments do not match SQL parameters: ${detail}`, 'ARGS_INVALID');
}
