/**
 * The order test files start in (vitest.config.mts `sequence.sequencer`). With two workers the
 * run ends when the last file ends, so the long files must start first. vitest's own order
 * does that when it has timings from an earlier run on this machine (longest first); in a
 * fresh clone (CI) it has none and starts the largest files first, which leaves files that
 * start the real server, CLIs, Chromium or Java (short files, long runs) for the end. Here
 * those go first whenever some file has no timing yet; with timings, vitest's order stands.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** What makes a file slow whatever its size: it starts other processes. */
const STARTS_PROCESSES = /from 'node:child_process'|launchBrowser\(|helpers\/child-server'/;

function startsProcesses(file: string): boolean {
  try {
    return STARTS_PROCESSES.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

export class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cache = this.ctx.cache;
    const untimed = sorted.some((spec) => !cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`));
    if (!untimed) return sorted;
    // A stable partition within each project: otherwise vitest's order (size) stands.
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    return projects.flatMap((name) => {
      const own = sorted.filter((spec) => spec.project.name === name);
      const slow = own.filter((spec) => startsProcesses(spec.moduleId));
      return [...slow, ...own.filter((spec) => !slow.includes(spec))];
    });
  }
}
