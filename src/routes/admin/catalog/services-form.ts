/**
 * The service form: its schema (the posted body → store input, or a message per field), and
 * its drafts (the form as typed, every value a string, so nothing is lost on errors).
 */
import { z } from 'zod';
import type { ServiceDraft } from '../../../../views/admin/pages/ServicesEditPage';
import { LIMITS } from '../../../domain/limits';
import type { AdminMessages } from '../../../i18n/admin';
import { POSITION_RANGE } from '../../../store/ordering';
import type { findServiceById } from '../../../store/services';
import { group, idChoice, localDateTime, localPartsOf, optionalInteger, perLanguage, raw, slug, text, version, withBody, type FormLanguage } from '../forms/fields';
import { typed, type FormBody, type FormKit } from '../forms/parse';

type Service = NonNullable<Awaited<ReturnType<typeof findServiceById>>>;

export const SERVICE_TEXT_KEYS = ['name', 'description', 'workaround', 'restorationNote'] as const;

export interface ServiceFormSettings {
  languages: readonly FormLanguage[];
  /** The groups a service may be put in. */
  groupIds: readonly number[];
  timeZone: string;
  /** The address is chosen once, when the service is created. */
  creating: boolean;
}

/** The words a wall-clock date and time in the catalog's forms use when they cannot be read. */
export function catalogDateTimeWords(t: AdminMessages) {
  return { incomplete: t.catalog.dateTimeIncomplete, nonexistent: t.catalog.timeDoesNotExist };
}

export function serviceSchema(kit: FormKit, settings: ServiceFormSettings) {
  const { t } = kit;
  const base = group({
    /** The version the form was loaded with (an edit). */
    version: version(),
    slug: settings.creating ? slug(kit) : raw(),
    groupId: idChoice(kit, settings.groupIds),
    position: optionalInteger(POSITION_RANGE.min, POSITION_RANGE.max, t.catalog.positionInvalid(POSITION_RANGE.min, POSITION_RANGE.max)),
    // The name is required in every language written at all; the default language always is.
    texts: perLanguage(settings.languages, () => ({
      name: text(kit, LIMITS.name, { required: true }),
      description: text(kit, LIMITS.longText),
      workaround: text(kit, LIMITS.longText),
      restorationNote: text(kit, LIMITS.shortText),
    })),
  });
  return withBody(base, {
    expectedRestorationAt: localDateTime(kit, { date: 'expectedDate', time: 'expectedTime' }, settings.timeZone, catalogDateTimeWords(t)),
  });
}

export type ServiceForm = z.output<ReturnType<typeof serviceSchema>>;

/** The form as typed, for showing it again. */
export function serviceDraftOf(body: FormBody, languages: readonly FormLanguage[]): ServiceDraft {
  return {
    slug: typed(body, 'slug'),
    groupId: typed(body, 'groupId'),
    position: typed(body, 'position'),
    expectedDate: typed(body, 'expectedDate'),
    expectedTime: typed(body, 'expectedTime'),
    texts: Object.fromEntries(
      languages.map(({ locale }) => [locale, Object.fromEntries(SERVICE_TEXT_KEYS.map((key) => [key, typed(body, `texts.${locale}.${key}`)]))]),
    ),
  };
}

export function draftOf(service: Service, timeZone: string): ServiceDraft {
  const expected = service.expectedRestorationAt ? localPartsOf(service.expectedRestorationAt, timeZone) : { date: '', time: '' };
  return {
    slug: service.slug,
    groupId: String(service.groupId),
    position: String(service.position),
    expectedDate: expected.date,
    expectedTime: expected.time,
    texts: Object.fromEntries(
      service.texts.map((row) => [
        row.locale,
        { name: row.name, description: row.description, workaround: row.workaround, restorationNote: row.restorationNote },
      ]),
    ),
  };
}

export function blankDraft(groupId: string): ServiceDraft {
  return { slug: '', groupId, position: '', expectedDate: '', expectedTime: '', texts: {} };
}
