/**
 * The app must run on Workers as well as Node: shared code may not use Node-only APIs. Only
 * the Node entry and Node-side tooling may.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const NODE_ONLY = new Set(['src/node.ts', 'src/node-listener.ts', 'src/node-front.ts', 'src/node-jsx.ts', 'src/db/migrate.ts', 'src/db/open-node.ts', 'src/snapshot/file-snapshots.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('runtime neutrality', () => {
  it('keeps Node-only APIs out of shared code (src/ and views/)', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'views'))]) {
      const path = relative(ROOT, file);
      // Generated modules hold third-party browser code, which is never run on the server.
      if (NODE_ONLY.has(path) || path.startsWith('src/cli/') || path.startsWith('src/generated/')) continue;
      const source = readFileSync(file, 'utf8');
      const patterns = [/from ['"]node:/, /require\(/, /\bprocess\./, /\bBuffer\b/, // Value imports of the native client; `import type` is erased and fine.
        /^import (?!type )[^;]*from ['"]@libsql\/client['"]/m,
        /^import (?!type )[^;]*from ['"]drizzle-orm\/libsql['"]/m, /__dirname/];
      for (const pattern of patterns) if (pattern.test(source)) offenders.push(`${path}: ${pattern}`);
    }
    expect(offenders).toEqual([]);
  });
});
