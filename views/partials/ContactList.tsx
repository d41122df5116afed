import type { ChannelKind } from '../../src/domain/contact';
import type { OpenState, WeekSummaryLine } from '../../src/domain/opening-hours';
import type { LocalText, PageChrome } from '../chrome';
import { Icon } from './StatusBadge';
import { Inline } from './Text';

export interface ContactChannelProps {
  kind: ChannelKind;
  name: LocalText;
  note: LocalText | null;
  address: string;
  /** tel:, mailto: or https: link for the address, when it has one. */
  href: string | null;
  state: OpenState;
  week: WeekSummaryLine[];
  /** Dated exceptions; no periods = closed on those days. */
  overrides: { validFrom: string; validThrough: string; periods: { opens: string; closes: string }[] }[];
}

function Hours({ chrome, periods }: { chrome: PageChrome; periods: { opens: string; closes: string }[] }) {
  return <>{periods.map((period) => `${chrome.fmt.clock(period.opens)}–${chrome.fmt.clock(period.closes)}`).join(', ')}</>;
}

function days(chrome: PageChrome, list: number[]): string {
  // Three or more consecutive days read better as a range: "mån–fre".
  const consecutive = list.length >= 3 && list.every((day, index) => index === 0 || day === list[index - 1]! + 1);
  if (consecutive) return chrome.t.dayRange(chrome.fmt.weekdayShort(list[0]!), chrome.fmt.weekdayShort(list[list.length - 1]!));
  return list.map((day) => chrome.fmt.weekdayShort(day)).join(', ');
}

function OpenNow({ chrome, state }: { chrome: PageChrome; state: OpenState }) {
  const { t, fmt } = chrome;
  switch (state.kind) {
    case 'not-applicable':
      return null;
    case 'always-open':
      return (
        <p class="open-state is-open">
          <Icon chrome={chrome} name="operational" />
          {t.openAroundTheClock}
        </p>
      );
    case 'open':
      return (
        <p class="open-state is-open">
          <Icon chrome={chrome} name="operational" />
          <strong>{t.openNow}</strong>
          {state.closesAt && (
            <>
              {' – '}
              {t.closesAt(fmt.time(state.closesAt))}
            </>
          )}
        </p>
      );
    case 'closed':
      return (
        <p class="open-state is-closed">
          <Icon chrome={chrome} name="closed" />
          <strong>{t.closedNow}</strong>
          {state.opensAt && (
            <>
              {' – '}
              {t.opensAt(fmt.weekdayTime(state.opensAt))}
            </>
          )}
        </p>
      );
  }
}

/** Where to turn: each channel with whether it is open right now and its hours. */
export function ContactList({ chrome, channels }: { chrome: PageChrome; channels: ContactChannelProps[] }) {
  const { t, fmt } = chrome;
  return (
    <ul class="contacts">
      {channels.map((channel) => (
        <li class="contact">
          <h3>
            <Inline chrome={chrome} value={channel.name} />
          </h3>
          <p class="address">{channel.href ? <a href={channel.href}>{channel.address}</a> : channel.address}</p>
          <OpenNow chrome={chrome} state={channel.state} />
          {channel.week.length > 0 && (
            <div class="hours">
              <p>
                {t.regularHours}:{' '}
                {channel.week.map((line, index) => (
                  <>
                    {index > 0 && '; '}
                    {days(chrome, line.days)} <Hours chrome={chrome} periods={line.periods} />
                  </>
                ))}
                . {channel.week.reduce((sum, line) => sum + line.days.length, 0) < 7 && t.otherDaysClosed}
              </p>
            </div>
          )}
          {channel.overrides.length > 0 && (
            <div class="hours">
              <p>{t.temporaryHours}:</p>
              <ul>
                {channel.overrides.map((override) => (
                  <li>
                    {t.dateRange(fmt.localDate(override.validFrom), fmt.localDate(override.validThrough))}:{' '}
                    {override.periods.length > 0 ? <Hours chrome={chrome} periods={override.periods} /> : t.closedOn}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {channel.note && channel.note.text && (
            <p class="note">
              <Inline chrome={chrome} value={channel.note} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
