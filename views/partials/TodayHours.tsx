import { periodsText, type Period } from '../../src/i18n/hours';
import type { PageChrome } from '../chrome';
import type { ContactChannelProps } from './ContactList';

/** A contact channel with the periods it is open today, in the site's time zone. */
export interface ContactToday extends ContactChannelProps {
  today: Period[];
}

/**
 * Today's hours for a sheet that hangs all day: "I dag 08.00–16.00", "Öppet dygnet runt", or
 * "Stängt i dag – öppnar måndag 16 februari kl. 08.00". Nothing for channels without hours.
 */
export function TodayHours({ chrome, contact }: { chrome: PageChrome; contact: ContactToday }) {
  const { t, fmt } = chrome;
  const { state } = contact;
  if (state.kind === 'not-applicable') return null;
  if (state.kind === 'always-open') return <p class="poster-today">{t.openAroundTheClock}</p>;
  if (contact.today.length > 0) return <p class="poster-today">{t.poster.openToday(periodsText(fmt, contact.today))}</p>;
  return (
    <p class="poster-today">
      {t.poster.closedToday}
      {state.kind === 'closed' && state.opensAt && (
        <>
          {' – '}
          {t.opensAt(fmt.weekdayTime(state.opensAt))}
        </>
      )}
    </p>
  );
}
