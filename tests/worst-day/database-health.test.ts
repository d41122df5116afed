/**
 * The rule behind "after a failure, do not make every request wait again": what
 * DatabaseHealth lets through, refuses and probes, on real timers and a controllable clock
 * for the retry interval. The end-to-end behaviour is in ./faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../src/db/outage-errors';
import { DatabaseHealth } from '../../src/http/database-health';

const refused = (code: string) => Object.assign(new Error('refused'), { code });

function health(probe: () => Promise<number>, timeoutMs = 100) {
  let now = 0;
  const logged: string[] = [];
  const subject = new DatabaseHealth(probe, { timeoutMs, retryMs: 1_000, now: () => now, log: (message) => logged.push(message) });
  return { subject, logged, advance: (ms: number) => (now += ms) };
}

describe('database health', () => {
  it('gives up on a read after the timeout and then refuses reads at once, without asking', async () => {
    let asked = 0;
    const { subject, logged } = health(async () => 1);
    const hanging = () => {
      asked++;
      return new Promise<never>(() => {});
    };
    await expect(subject.guard(hanging)).rejects.toBeInstanceOf(DatabaseTimeoutError);
    expect(subject.isDown).toBe(true);
    expect(subject.currentProblem).toBe('timeout');
    const started = performance.now();
    await expect(subject.guard(hanging)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(performance.now() - started).toBeLessThan(20);
    expect(asked).toBe(1);
    expect(logged).toHaveLength(1);
  });

  it('does not count a failure that is no outage (a bug in one page) as the database being down', async () => {
    const { subject } = health(async () => 1);
    await expect(subject.guard(() => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
    expect(subject.isDown).toBe(false);
    await expect(subject.guard(() => Promise.reject(refused('SQLITE_BUSY')))).rejects.toThrow('refused');
    expect(subject.isDown).toBe(true);
  });

  it('probes once per retry interval, in the background, and lets reads through again after a successful probe', async () => {
    let probes = 0;
    let answers = false;
    const { subject, advance, logged } = health(() => {
      probes++;
      return answers ? Promise.resolve(7) : Promise.reject(refused('DATABASE_UNREACHABLE'));
    });
    await expect(subject.guard(() => Promise.reject(refused('DATABASE_UNREACHABLE')))).rejects.toThrow();
    // Not due yet: refused, no probe.
    expect(subject.refuse().probe).toBeNull();
    expect(probes).toBe(0);
    advance(1_000);
    const first = subject.refuse();
    // Several requests meanwhile share the one probe.
    expect(subject.refuse().probe).toBe(first.probe);
    await first.probe;
    expect(probes).toBe(1);
    expect(subject.isDown).toBe(true);

    answers = true;
    advance(1_000);
    await subject.refuse().probe;
    expect(subject.isDown).toBe(false);
    await expect(subject.guard(async () => 'fresh')).resolves.toBe('fresh');
    expect(logged.at(-1)).toMatch(/answers again/);
  });

  it('checks at once for /healthz, whatever the retry interval, and a commit marks it up', async () => {
    let recovered = 0;
    const { subject } = health(() => Promise.reject(refused('SQLITE_CANTOPEN')));
    subject.onRecovered(() => recovered++);
    const result = await subject.check();
    expect(result).toMatchObject({ reachable: false, problem: 'broken' });
    expect(subject.isDown).toBe(true);
    subject.recovered();
    expect(subject.isDown).toBe(false);
    expect(recovered).toBe(1);
  });
});
