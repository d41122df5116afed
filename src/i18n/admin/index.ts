/**
 * The admin console's words, per language. Each area of the console keeps its own catalog
 * module; this file puts them together. A missing translation is a type error.
 */
import { enAccount, svAccount, type AdminAccountMessages } from './account';
import { enCatalog, svCatalog, type AdminCatalogMessages } from './catalog';
import { enCore, svCore, type AdminCoreMessages } from './core';
import { enIncidents, svIncidents, type AdminIncidentMessages } from './incidents';
import { enPeople, svPeople, type AdminPeopleMessages } from './people';

export type AdminMessages = AdminCoreMessages &
  AdminAccountMessages &
  AdminIncidentMessages &
  AdminCatalogMessages &
  AdminPeopleMessages;

const CATALOGS: Record<string, AdminMessages> = {
  sv: { ...svCore, ...svAccount, ...svIncidents, ...svCatalog, ...svPeople },
  en: { ...enCore, ...enAccount, ...enIncidents, ...enCatalog, ...enPeople },
};

export const ADMIN_LOCALES = Object.keys(CATALOGS);

export function adminMessagesFor(locale: string): AdminMessages {
  return CATALOGS[locale] ?? CATALOGS.sv!;
}
