/**
 * The admin console's words, per language. Each area of the console keeps its own catalog
 * module; this file puts them together. A missing translation is a type error.
 */
import { enAccount, svAccount, type AdminAccountMessages } from './account';
import { enAvailability, svAvailability, type AdminAvailabilityMessages } from './availability';
import { enBackup, svBackup, type AdminBackupMessages } from './backup';
import { enCatalog, svCatalog, type AdminCatalogMessages } from './catalog';
import { enCore, svCore, type AdminCoreMessages } from './core';
import { enDashboard, svDashboard, type AdminDashboardMessages } from './dashboard';
import { enExport, svExport, type AdminExportMessages } from './export';
import { enIncidents, svIncidents, type AdminIncidentMessages } from './incidents';
import { enMaintenance, svMaintenance, type AdminMaintenanceMessages } from './maintenance';
import { enPeople, svPeople, type AdminPeopleMessages } from './people';
import { enWebhooks, svWebhooks, type AdminWebhooksMessages } from './webhooks';
import { enTranslations, svTranslations, type AdminTranslationsMessages } from './translations';
import { enTemplates, svTemplates, type AdminTemplateMessages } from './templates';
import { enTokens, svTokens, type AdminTokensMessages } from './tokens';

export type AdminMessages = AdminCoreMessages &
  AdminWebhooksMessages &
  AdminAccountMessages &
  AdminIncidentMessages &
  AdminCatalogMessages &
  AdminPeopleMessages &
  AdminAvailabilityMessages &
  AdminBackupMessages &
  AdminExportMessages &
  AdminDashboardMessages &
  AdminMaintenanceMessages &
  AdminTemplateMessages &
  AdminTranslationsMessages &
  AdminTokensMessages;

const CATALOGS: Record<string, AdminMessages> = {
  sv: { ...svCore, ...svWebhooks, ...svAccount, ...svIncidents, ...svCatalog, ...svPeople, ...svAvailability, ...svBackup, ...svExport, ...svDashboard, ...svMaintenance, ...svTemplates, ...svTranslations, ...svTokens },
  en: { ...enCore, ...enWebhooks, ...enAccount, ...enIncidents, ...enCatalog, ...enPeople, ...enAvailability, ...enBackup, ...enExport, ...enDashboard, ...enMaintenance, ...enTemplates, ...enTranslations, ...enTokens },
};

export const ADMIN_LOCALES = Object.keys(CATALOGS);

export function adminMessagesFor(locale: string): AdminMessages {
  return CATALOGS[locale] ?? CATALOGS.sv!;
}
