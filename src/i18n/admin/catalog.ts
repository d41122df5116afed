/** Words of the catalog area (services, groups, contact channels, site settings). */
export interface AdminCatalogMessages {}
export const svCatalog: AdminCatalogMessages = {};
export const enCatalog: AdminCatalogMessages = {};
