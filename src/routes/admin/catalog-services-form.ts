/**
 * The service form as data: drafts (the form as typed, every value a string) and reading and
 * checking a posted form, with a message for every field that needs one.
 */
import type { ServiceDraft } from '../../../views/admin/pages/ServicesEditPage';
import type { FieldErrors } from '../../../views/admin/partials/Form';
import { isSlug, LIMITS } from '../../domain/limits';
import { POSITION_RANGE } from '../../store/ordering';
import type { findServiceById, ServiceTextInput } from '../../store/services';
import { checkText, contentLocales, field, integerIn, localDateTimeToInstant, localPartsOf, type FormBody } from './catalog-form';
import type { AdminContext } from './env';

type Service = NonNullable<Awaited<ReturnType<typeof findServiceById>>>;

const TEXT_KEYS = ['name', 'description', 'workaround', 'restorationNote'] as const;
const TEXT_LIMITS: Record<(typeof TEXT_KEYS)[number], number> = {
  name: LIMITS.name,
  description: LIMITS.longText,
  workaround: LIMITS.longText,
  restorationNote: LIMITS.shortText,
};

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

export interface ParsedService {
  draft: ServiceDraft;
  errors: FieldErrors;
  slug: string;
  groupId: number;
  /** Null: put it last in its group. */
  position: number | null;
  expectedRestorationAt: Date | null;
  texts: Record<string, ServiceTextInput | null>;
}

/** Reads and checks the form, with a message next to every field that needs one. */
export function readServiceForm(
  c: AdminContext,
  body: FormBody,
  basics: { defaultLocale: string; timeZone: string },
  groups: { id: number }[],
  creating: boolean,
): ParsedService {
  const t = c.var.t;
  const errors: FieldErrors = {};
  const draft: ServiceDraft = {
    slug: field(body, 'slug'),
    groupId: field(body, 'groupId'),
    position: field(body, 'position'),
    expectedDate: field(body, 'expectedDate'),
    expectedTime: field(body, 'expectedTime'),
    texts: {},
  };
  const slug = draft.slug.trim();
  if (creating) {
    if (slug === '') errors.slug = t.inputError('required', {});
    else if (!isSlug(slug)) errors.slug = t.inputError('slug', { max: LIMITS.slug });
  }
  const groupId = Number(draft.groupId);
  if (!groups.some((group) => String(group.id) === draft.groupId)) errors.groupId = t.inputError('unknown-choice', {});
  let position: number | null = null;
  if (draft.position.trim() !== '') {
    position = integerIn(draft.position, POSITION_RANGE.min, POSITION_RANGE.max);
    if (position === null) errors.position = t.catalog.positionInvalid(POSITION_RANGE.min, POSITION_RANGE.max);
  }

  const texts: Record<string, ServiceTextInput | null> = {};
  for (const locale of contentLocales(basics.defaultLocale)) {
    const raw = Object.fromEntries(TEXT_KEYS.map((key) => [key, field(body, `texts.${locale}.${key}`)])) as Record<(typeof TEXT_KEYS)[number], string>;
    draft.texts[locale] = raw;
    const required = locale === basics.defaultLocale;
    if (!required && TEXT_KEYS.every((key) => raw[key].trim() === '')) {
      texts[locale] = null;
      continue;
    }
    const cleaned = Object.fromEntries(
      TEXT_KEYS.map((key) => [key, checkText(c, errors, `texts.${locale}.${key}`, raw[key], TEXT_LIMITS[key], key === 'name')]),
    ) as unknown as ServiceTextInput;
    texts[locale] = cleaned;
  }

  let expectedRestorationAt: Date | null = null;
  const expected = localDateTimeToInstant(draft.expectedDate, draft.expectedTime, basics.timeZone);
  if (expected.kind === 'ok') expectedRestorationAt = expected.instant;
  if (expected.kind === 'error') {
    const name = expected.field === 'date' ? 'expectedDate' : 'expectedTime';
    errors[name] =
      expected.reason === 'incomplete'
        ? t.catalog.dateTimeIncomplete
        : expected.reason === 'nonexistent'
          ? t.catalog.timeDoesNotExist
          : t.inputError(expected.reason, {});
  }
  return { draft, errors, slug, groupId, position, expectedRestorationAt, texts };
}

