/**
 * hono/jsx renders inside `AsyncLocalStorage.run` when it can reach node:async_hooks, so that
 * `useContext()` still works after an `await` in a component. On Node 20 the first such run
 * turns on async hooks for the rest of the process, and every request after it pays for them
 * in every socket write and tick: 5–10 % of a kept response's throughput, measured
 * (BENCHMARKS.md). Nothing here uses JSX context (no createContext, useContext, jsxRenderer
 * or Suspense: tests/http/node-jsx.test.ts checks), so before the first rendering hono/jsx is
 * made to look for AsyncLocalStorage once while node:async_hooks is out of its reach. It
 * remembers that it found none and renders synchronously as it does on runtimes without one
 * (docs/decisions/0045).
 */
import { Fragment, jsx } from 'hono/jsx';

export function renderJsxWithoutAsyncContext(): void {
  const host = process as { getBuiltinModule?: unknown; mainModule?: unknown };
  const { getBuiltinModule, mainModule } = host;
  try {
    host.getBuiltinModule = undefined;
    host.mainModule = undefined;
    // Any rendering makes hono/jsx look, once for the process.
    String(jsx(Fragment, {}));
  } finally {
    host.getBuiltinModule = getBuiltinModule;
    host.mainModule = mainModule;
  }
}
