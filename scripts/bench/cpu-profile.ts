/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and sums self time per function: where the
 * process spent its time, not counting the functions it called.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

const sourceMaps = new Map<string, SourceMap | null>();

/** The server runs from its bundle (dist/node/server.js): its source map says which file a line came from. */
function sourceMapOf(path: string): SourceMap | null {
  if (!sourceMaps.has(path)) {
    const file = `${path}.map`;
    sourceMaps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return sourceMaps.get(path)!;
}

/** node_modules/hono/dist/x.js → hono/dist/x.js; the project's files (bundled or not) relative to it. */
function shortLocation(url: string, line: number, column: number): string {
  if (!url) return '';
  const path = url.replace(/^file:\/\//, '');
  const map = path.includes('/node_modules/') || !path.endsWith('.js') ? null : sourceMapOf(path);
  const entry = map?.findEntry(line, column);
  if (entry && 'originalSource' in entry) {
    const source = resolve(dirname(path), entry.originalSource.replace(/^file:\/\//, ''));
    return `${relative(process.cwd(), source)}:${entry.originalLine + 1}`;
  }
  const inModules = path.lastIndexOf('/node_modules/');
  const short = inModules >= 0 ? path.slice(inModules + '/node_modules/'.length) : path.replace(`${process.cwd()}/`, '');
  return `${short}:${line + 1}`;
}

/** `skipMs`: leave out the first milliseconds of the profile (start-up, before the load began). */
export function selfTimes(file: string, skipMs = 0): { total: number; functions: SelfTime[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const sums = new Map<string, SelfTime>();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    elapsed += micros;
    if (!node || micros < 0 || elapsed < skipMs * 1000) return;
    total += micros;
    const name = node.callFrame.functionName || '(anonymous)';
    const where = shortLocation(node.callFrame.url, node.callFrame.lineNumber, node.callFrame.columnNumber);
    const key = `${name}@${where}`;
    const entry = sums.get(key) ?? { name, where, ms: 0, share: 0 };
    entry.ms += micros / 1000;
    sums.set(key, entry);
  });
  const functions = [...sums.values()]
    .map((entry) => ({ ...entry, share: entry.ms / (total / 1000) }))
    .sort((a, b) => b.ms - a.ms);
  return { total: total / 1000, functions };
}
