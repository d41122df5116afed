import type { ChannelKind } from '../../src/domain/contact';
import type { OpenState, WeekSummaryLine } from '../../src/domain/opening-hours';
import { hasClosedDays, periodsText, weekText } from '../../src/i18n/hours';
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

/** "Öppettider: mån, ons, tors 08.00–16.00; tis 08.00–18.00. Övriga dagar stängt." */
function WeeklyHours({ chrome, week }: { chrome: PageChrome; week: ContactChannelProps['week'] }) {
  const { t, fmt } = chrome;
  return (
    <p>
      {t.regularHours}: {weekText(t, fmt, week)}. {hasClosedDays(week) && t.otherDaysClosed}
    </p>
  );
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
          {/* Phone numbers and addresses read left to right in every language, Arabic too. */}
          <p class="address">
            <bdi dir="ltr">{channel.href ? <a href={channel.href}>{channel.address}</a> : channel.address}</bdi>
          </p>
          <OpenNow chrome={chrome} state={channel.state} />
          {channel.week.length > 0 && (
            <div class="hours">
              <WeeklyHours chrome={chrome} week={channel.week} />
            </div>
          )}
          {channel.overrides.length > 0 && (
            <div class="hours">
              <p>{t.temporaryHours}:</p>
              <ul>
                {channel.overrides.map((override) => (
                  <li>
                    {t.dateRange(fmt.localDate(override.validFrom), fmt.localDate(override.validThrough))}:{' '}
                    {override.periods.length > 0 ? periodsText(fmt, override.periods) : t.closedOn}
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
