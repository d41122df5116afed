/**
 * A burst of publications through the real admin console, as editors make them with htmx:
 * status changes with a note from the dashboard (one writer per service) and updates to
 * ongoing incidents in two languages (one writer per incident), all at once. Every
 * publication carries unique marker text, so the store and the public feeds can be checked
 * for exactly the ones the server acknowledged. When `killAfter` have been acknowledged, the
 * burst calls `kill` while the other writers' requests are still on the wire.
 */
import type { Browser } from '../helpers/browser-session';

export interface StatusTarget {
  serviceId: number;
  status: string;
  version: number;
}

export interface IncidentTarget {
  incidentId: number;
  phase: string;
  version: number;
}

export type Publication =
  | { kind: 'status'; serviceId: number; to: string; texts: { sv: string } }
  | { kind: 'incident'; incidentId: number; texts: { sv: string; en: string } };

export interface BurstOutcome {
  sent: Publication[];
  /** Answered 200: what the editor was told is published. */
  acknowledged: Publication[];
  /** Requests the crash cut off (no answer, or half an answer): their fate is unknown. */
  cut: number;
  /** Answers other than 200 before the kill: each one a defect to explain. */
  refused: { publication: Publication; status: number; text: string }[];
}

/** Statuses a writer cycles through; the next one always differs from the current one. */
const CYCLE = ['degraded', 'down', 'investigating', 'operational'];

function nextStatus(current: string): string {
  const at = CYCLE.indexOf(current);
  return CYCLE[(at + 1) % CYCLE.length]!;
}

function attribute(html: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(html)?.[1];
  if (found === undefined) throw new Error(`No ${what} in the answer:\n${html.slice(0, 2_000)}`);
  return found;
}

/** Each service row of the dashboard: its id, current status and version, as the form holds them. */
export function statusTargetsOf(dashboard: string): StatusTarget[] {
  return [...dashboard.matchAll(/<li class="status-row" id="service-(\d+)">[\s\S]*?class="status s-([a-z]+)"[\s\S]*?name="version" value="(\d+)"/g)].map(
    (match) => ({ serviceId: Number(match[1]), status: match[2]!, version: Number(match[3]) }),
  );
}

/** The incident page's update form: the incident version and the phase it has now. */
export function incidentTargetOf(incidentId: number, page: string): IncidentTarget {
  const form = attribute(page, new RegExp(`(<form[^>]*action="/admin/incidents/${incidentId}/updates"[\\s\\S]*?</form>)`), 'update form');
  return {
    incidentId,
    version: Number(attribute(form, /name="incidentVersion" value="(\d+)"/, 'incident version')),
    phase: attribute(form, /<select[^>]*name="phase"[^>]*>[\s\S]*?<option value="([a-z]+)" selected=""/, 'selected phase'),
  };
}

export async function publishUntilKilled(
  browser: Browser,
  targets: { statuses: StatusTarget[]; incidents: IncidentTarget[] },
  options: { round: number; killAfter: number; maxPerWriter: number; kill: () => void },
): Promise<BurstOutcome> {
  const outcome: BurstOutcome = { sent: [], acknowledged: [], cut: 0, refused: [] };
  let killed = false;
  const htmx = { headers: { 'HX-Request': 'true' } };

  /** Posts one publication; the answer's text, or null when the crash cut it off. */
  async function post(publication: Publication, path: string, form: Record<string, string>): Promise<string | null> {
    outcome.sent.push(publication);
    let response: Response;
    try {
      response = await browser.post(path, form, htmx);
    } catch {
      outcome.cut++;
      return null;
    }
    if (response.status === 200) {
      // The status line is the acknowledgement: the handler answers only after the commit.
      outcome.acknowledged.push(publication);
      if (!killed && outcome.acknowledged.length >= options.killAfter) {
        killed = true;
        options.kill();
      }
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      outcome.cut++;
      return null;
    }
    if (response.status !== 200) {
      if (!killed) outcome.refused.push({ publication, status: response.status, text: text.slice(0, 2_000) });
      return null;
    }
    return text;
  }

  async function statusWriter(target: StatusTarget): Promise<void> {
    let { status, version } = target;
    for (let n = 1; n <= options.maxPerWriter && !killed; n++) {
      const to = nextStatus(status);
      const note = `Kraschprov ${options.round}.${target.serviceId}.${n} ${crypto.randomUUID().slice(0, 8)}`;
      const answer = await post({ kind: 'status', serviceId: target.serviceId, to, texts: { sv: note } }, `/admin/services/${target.serviceId}/status`, {
        status: to,
        note,
        version: String(version),
      });
      if (answer === null) return;
      status = to;
      version = Number(attribute(answer, /name="version" value="(\d+)"/, 'service version'));
    }
  }

  async function incidentWriter(target: IncidentTarget): Promise<void> {
    let { version } = target;
    for (let n = 1; n <= options.maxPerWriter && !killed; n++) {
      const tag = `${options.round}.${target.incidentId}.${n} ${crypto.randomUUID().slice(0, 8)}`;
      const texts = { sv: `Lägesbild kraschprov ${tag}`, en: `Crash test situation ${tag}` };
      const answer = await post({ kind: 'incident', incidentId: target.incidentId, texts }, `/admin/incidents/${target.incidentId}/updates`, {
        'update.sv': texts.sv,
        'update.en': texts.en,
        phase: target.phase,
        incidentVersion: String(version),
      });
      if (answer === null) return;
      version = Number(attribute(answer, /name="incidentVersion" value="(\d+)"/, 'incident version'));
    }
  }

  await Promise.all([...targets.statuses.map(statusWriter), ...targets.incidents.map(incidentWriter)]);
  return outcome;
}
