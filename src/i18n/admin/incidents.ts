/** Words of the incidents area (incidents, updates, preview, corrections). */
export interface AdminIncidentMessages {}
export const svIncidents: AdminIncidentMessages = {};
export const enIncidents: AdminIncidentMessages = {};
