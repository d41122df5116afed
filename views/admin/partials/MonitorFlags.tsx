import type { MonitorFlagWords } from '../../../src/i18n/admin/monitor-flags';
import { CsrfField, type AdminChrome } from '../AdminLayout';
import { Message } from './Form';

export interface MonitorFlagView {
  id: number;
  service: string;
  serviceHref: string;
  source: string;
  reason: string;
  /** The status the monitor asked for, in words; null for a recovery or silence. */
  asked: string | null;
  /** The monitor's own text (alert summary): shown as text, escaped like all JSX. */
  detail: string;
  by: string;
}

/**
 * What monitors reported that waits for an editor (docs/decisions/0039-monitor-hooks.md), at
 * the top of the dashboard so it is seen first; nothing at all when there is none.
 */
export function MonitorFlags({ chrome, words, flags }: { chrome: AdminChrome; words: MonitorFlagWords; flags: MonitorFlagView[] }) {
  if (flags.length === 0) return null;
  return (
    <section aria-labelledby="monitor-flags" class="monitor-flags">
      <h2 id="monitor-flags">{words.heading(flags.length)}</h2>
      <p>{words.intro}</p>
      <ul>
        {flags.map((flag) => (
          <li id={`monitor-flag-${flag.id}`}>
            <Message kind="warning">
              <strong>
                <a href={flag.serviceHref}>{flag.service}</a> – {flag.source}
              </strong>
              : {flag.reason}
              {flag.asked && <> {flag.asked}.</>}
              {flag.detail && <> «{flag.detail}»</>} <small>({flag.by})</small>
            </Message>
            <form method="post" action={`/admin/monitor-flags/${flag.id}/clear`}>
              <CsrfField chrome={chrome} />
              <button type="submit">{words.clear}</button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
