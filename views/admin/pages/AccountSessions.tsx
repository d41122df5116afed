/** The user's own sign-ins: where and when, with "sign out" per sign-in and everywhere else. */
import type { AdminMessages } from '../../../src/i18n/admin';
import { CsrfField, type AdminChrome } from '../AdminLayout';
import { Message } from '../partials/Form';

export interface SessionItem {
  id: string;
  created: { text: string; machine: string };
  lastSeen: { text: string; machine: string };
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Windows" from a user agent, so people recognise their own devices. */
export function describeBrowser(userAgent: string | null, t: AdminMessages): string {
  const words = t.accountSecurity;
  if (!userAgent) return words.unknown;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return words.browserOn(browser, system);
  return browser ?? system ?? userAgent.slice(0, 60);
}

/**
 * Posted with htmx, the server answers with this section alone; without JavaScript it
 * redirects back to the account page.
 */
export function SessionsSection({ chrome, sessions, message }: { chrome: AdminChrome; sessions: SessionItem[]; message: { kind: 'ok' | 'error'; text: string } | null }) {
  const { t } = chrome;
  const words = t.accountSecurity;
  const others = sessions.filter((session) => !session.current);
  return (
    <section id="sessions" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{words.sessionsHeading}</h2>
      <p>{words.sessionsIntro}</p>
      {message && <Message kind={message.kind}>{message.text}</Message>}
      <div class="table-wrap">
        {/* Below 40rem each row is a card whose cells name their column (data-label, admin CSS). */}
        <table class="sessions-table">
          <thead>
            <tr>
              <th scope="col">{words.sessionBrowser}</th>
              <th scope="col">{words.sessionCreated}</th>
              <th scope="col">{words.sessionLastSeen}</th>
              <th scope="col">{words.sessionIp}</th>
              <th scope="col">{words.sessionActions}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => {
              const browser = describeBrowser(session.userAgent, t);
              return (
                <tr>
                  <td data-label={words.sessionBrowser}>{browser}</td>
                  <td data-label={words.sessionCreated}>
                    <time datetime={session.created.machine}>{session.created.text}</time>
                  </td>
                  <td data-label={words.sessionLastSeen}>
                    <time datetime={session.lastSeen.machine}>{session.lastSeen.text}</time>
                  </td>
                  <td data-label={words.sessionIp}>{session.ip ?? words.unknown}</td>
                  <td data-label={words.sessionActions}>
                    {session.current ? (
                      <strong>{words.thisSession}</strong>
                    ) : (
                      <form method="post" action="/admin/account/sessions/revoke" data-hx-post="/admin/account/sessions/revoke" data-hx-target="#sessions" data-hx-swap="outerHTML">
                        <CsrfField chrome={chrome} />
                        <input type="hidden" name="session" value={session.id} />
                        <button type="submit" class="secondary" aria-label={words.revokeSessionLabel(browser, session.created.text)}>
                          {words.revokeSession}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {others.length > 0 && (
        <form method="post" action="/admin/account/sessions/revoke-others" data-hx-post="/admin/account/sessions/revoke-others" data-hx-target="#sessions" data-hx-swap="outerHTML">
          <CsrfField chrome={chrome} />
          <div class="actions">
            <button type="submit">{words.signOutEverywhereElse}</button>
          </div>
        </form>
      )}
    </section>
  );
}
