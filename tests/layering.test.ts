/**
 * Data flows one way: route → store → domain, and a route renders a view. A module may import
 * from its own layer and from the layers below it, never from one above, so that a rule, a
 * limit or a URL has one home every caller can reach
 * (docs/decisions/0015-one-way-layers-vocabularies-in-domain.md).
 *
 * Imports are read with a scanner over import/export-from statements (`import type` counts:
 * a type import ties a module to its source all the same). TypeScript 7 ships no compiler
 * API for JavaScript to parse with.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

interface ImportEdge {
  /** Repository-relative path of the importing file, with forward slashes. */
  from: string;
  line: number;
  specifier: string;
  /** For a relative specifier, the repository-relative module it names (no extension). */
  target: string | null;
}

/**
 * The module specifiers of every static import, re-export and dynamic import in `source`.
 * Static statements start a line (they are top-level); the text between the keyword and the
 * first quote tells an import statement (`… from` or nothing, for a side-effect import) from
 * any other statement that starts with `export` or `import.meta`.
 */
function importSpecifiers(source: string): { specifier: string; line: number }[] {
  const found: { specifier: string; index: number }[] = [];
  // Between keyword and quote: no semicolon and no later statement, so one match is one statement.
  const statement = /^[ \t]*(import|export)\b((?:(?!\n[ \t]*(?:import|export)\b)[^'"`;])*)(['"])([^'"\n]+)\3/gm;
  for (const match of source.matchAll(statement)) {
    const [, keyword, between = ''] = match;
    const head = between.trim();
    const isSideEffectImport = keyword === 'import' && head === '';
    const isFrom = /(^|[\s}*])from$/.test(head);
    if (isSideEffectImport || isFrom) found.push({ specifier: match[4]!, index: match.index });
  }
  for (const match of source.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g)) {
    found.push({ specifier: match[2]!, index: match.index });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ specifier, index }) => ({ specifier, line: source.slice(0, index).split('\n').length }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const toPosix = (path: string) => path.split(sep).join('/');

function importEdges(): ImportEdge[] {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'views'))];
  return files.flatMap((file) => {
    const from = toPosix(relative(ROOT, file));
    return importSpecifiers(readFileSync(file, 'utf8')).map(({ specifier, line }) => ({
      from,
      line,
      specifier,
      target: specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), specifier)) : null,
    }));
  });
}

/** Whether `path` is the module or folder `area` (`src/routes`) or lies inside it. */
const within = (path: string, area: string) => path === area || path.startsWith(`${area}/`);

/** Modules that compose the app and so sit above the routes: they may import anything. */
const ABOVE_ROUTES = ['src/app.ts', 'src/node.ts', 'src/worker.ts', 'src/cli'];

/** Packages the domain may use: pure computation, no I/O, no framework. */
const PURE_LIBRARIES = ['@date-fns/tz'];

interface Rule {
  /** Read in the failure message: what must not happen. */
  says: string;
  applies: (from: string) => boolean;
  forbids: (edge: ImportEdge) => boolean;
}

const RULES: Rule[] = [
  {
    says: 'nothing below src/routes/ imports src/routes',
    applies: (from) => !within(from, 'src/routes') && !ABOVE_ROUTES.some((area) => within(from, area)),
    forbids: (edge) => edge.target !== null && within(edge.target, 'src/routes'),
  },
  {
    says: 'views import no src/store, src/db or src/auth',
    applies: (from) => within(from, 'views'),
    forbids: (edge) => edge.target !== null && ['src/store', 'src/db', 'src/auth'].some((area) => within(edge.target!, area)),
  },
  {
    says: `src/domain imports only src/domain and pure libraries (${PURE_LIBRARIES.join(', ')})`,
    applies: (from) => within(from, 'src/domain'),
    forbids: (edge) =>
      edge.target === null
        ? !PURE_LIBRARIES.some((name) => edge.specifier === name || edge.specifier.startsWith(`${name}/`))
        : !within(edge.target, 'src/domain'),
  },
  {
    says: 'src/store imports no src/i18n, views, src/http or src/present',
    applies: (from) => within(from, 'src/store'),
    forbids: (edge) => edge.target !== null && ['src/i18n', 'views', 'src/http', 'src/present'].some((area) => within(edge.target!, area)),
  },
];

/** Every import that breaks a rule, as `file:line → specifier (target)  [rule]`. */
function backwardImports(edges: ImportEdge[]): string[] {
  return edges.flatMap((edge) =>
    RULES.filter((rule) => rule.applies(edge.from) && rule.forbids(edge)).map(
      (rule) => `${edge.from}:${edge.line} → ${edge.specifier}${edge.target ? ` (${edge.target})` : ''}  [${rule.says}]`,
    ),
  );
}

describe('one-way layering', () => {
  it('reads every form of import and re-export, over several lines, and nothing else', () => {
    const source = [
      "import { a } from './a';",
      'import type { B } from "../b";',
      'import {',
      '  c,',
      '  type D, // the second one',
      "} from '../../c';",
      "import * as e from './e';",
      "import f, { g } from 'f-package';",
      "import './side-effect';",
      "export { h } from './h';",
      "export type { I } from './i';",
      "export * from './j';",
      "const lazy = () => import('./k');",
      "export const from = 'not-an-import';",
      "export function greet() { return 'hello from here'; }",
      "const url = import.meta.url + 'x';",
      "export const x = 1",
      "import './after-a-statement-without-semicolon';",
      " * import { inAComment } from './in-a-doc-comment'",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual([
      { specifier: './a', line: 1 },
      { specifier: '../b', line: 2 },
      { specifier: '../../c', line: 3 },
      { specifier: './e', line: 7 },
      { specifier: 'f-package', line: 8 },
      { specifier: './side-effect', line: 9 },
      { specifier: './h', line: 10 },
      { specifier: './i', line: 11 },
      { specifier: './j', line: 12 },
      { specifier: './k', line: 13 },
      { specifier: './after-a-statement-without-semicolon', line: 18 },
    ]);
  });

  it('finds a backward import and names the edge', () => {
    const edges: ImportEdge[] = [
      { from: 'src/store/site.ts', line: 6, specifier: '../i18n', target: 'src/i18n' },
      { from: 'src/domain/limits.ts', line: 1, specifier: 'hono', target: null },
      { from: 'src/domain/opening-hours.ts', line: 8, specifier: '@date-fns/tz', target: null },
      { from: 'src/routes/public.ts', line: 3, specifier: '../store/site', target: 'src/store/site' },
      { from: 'src/app.ts', line: 4, specifier: './routes/public', target: 'src/routes/public' },
    ];
    expect(backwardImports(edges)).toEqual([
      'src/store/site.ts:6 → ../i18n (src/i18n)  [src/store imports no src/i18n, views, src/http or src/present]',
      'src/domain/limits.ts:1 → hono  [src/domain imports only src/domain and pure libraries (@date-fns/tz)]',
    ]);
  });

  it('keeps every import in src/ and views/ pointing down the layers', () => {
    const edges = importEdges();
    // The scan must see the app: src/app.ts mounts the route modules.
    expect(edges.filter((edge) => edge.from === 'src/app.ts' && edge.target?.startsWith('src/routes/')).length).toBeGreaterThan(0);
    const offending = backwardImports(edges);
    expect(offending, `Backward imports (a module importing from a layer above it):\n${offending.join('\n')}\n`).toEqual([]);
  });
});
