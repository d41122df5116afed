/** The service-group form: its schema and its draft (the name per language, as typed). */
import type { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { group, raw, slug, textPerLanguage, version, type FormLanguage } from '../forms/fields';
import { typed, type FormBody, type FormKit } from '../forms/parse';

export interface GroupFormSettings {
  languages: readonly FormLanguage[];
  /** The address is chosen once, when the group is created. */
  creating: boolean;
}

export function groupSchema(kit: FormKit, settings: GroupFormSettings) {
  return group({
    version: version(),
    slug: settings.creating ? slug(kit) : raw(),
    names: textPerLanguage(kit, settings.languages, LIMITS.name),
  });
}

export type GroupForm = z.output<ReturnType<typeof groupSchema>>;

export interface GroupDraft {
  slug: string;
  names: Record<string, string>;
}

export function groupDraftOf(body: FormBody, languages: readonly FormLanguage[]): GroupDraft {
  return { slug: typed(body, 'slug'), names: Object.fromEntries(languages.map(({ locale }) => [locale, typed(body, `names.${locale}`)])) };
}
