import type { ContactChannelProps } from '../../views/partials/ContactList';
import {
  currentAndUpcomingOverrides,
  openStateAt,
  summariseWeek,
} from '../domain/opening-hours';
import { scheduleOf, type ChannelWithDetails } from '../store/contacts';
import type { PageContext } from './chrome';
import { localText, optionalText } from './localize';

function linkFor(channel: ChannelWithDetails): string | null {
  switch (channel.kind) {
    case 'phone':
      return `tel:${channel.address.replace(/[^+\d]/g, '')}`;
    case 'email':
      return `mailto:${channel.address}`;
    case 'web':
    case 'social':
      return /^https?:\/\//.test(channel.address) ? channel.address : null;
    default:
      return null;
  }
}

export function presentChannel(channel: ChannelWithDetails, context: PageContext, timeZone: string): ContactChannelProps {
  const schedule = scheduleOf(channel);
  const overrides = new Map<string, ContactChannelProps['overrides'][number]>();
  for (const override of currentAndUpcomingOverrides(schedule, context.now, timeZone)) {
    const key = `${override.validFrom}/${override.validThrough}`;
    const entry = overrides.get(key) ?? { validFrom: override.validFrom, validThrough: override.validThrough, periods: [] };
    if (override.opens && override.closes) entry.periods.push({ opens: override.opens, closes: override.closes });
    overrides.set(key, entry);
  }
  return {
    kind: channel.kind,
    name: localText(channel.texts, context.languages, (row) => row.name),
    note: optionalText(channel.texts, context.languages, (row) => row.note),
    address: channel.address,
    href: linkFor(channel),
    state: openStateAt(schedule, context.now, timeZone),
    week: schedule.mode === 'scheduled' ? summariseWeek(schedule.weekly) : [],
    overrides: schedule.mode === 'scheduled' ? [...overrides.values()] : [],
  };
}
