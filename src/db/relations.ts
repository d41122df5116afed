/** Relations for drizzle's relational queries (`db.query.*.findMany({ with })`). */
import { relations } from 'drizzle-orm';
import {
  contactChannels,
  feedItems,
  contactChannelTexts,
  correctionTexts,
  incidentServices,
  incidents,
  incidentTexts,
  maintenances,
  openingHours,
  openingHoursOverrides,
  serviceGroups,
  serviceGroupTexts,
  services,
  serviceTexts,
  updateCorrections,
  updateMaintenance,
  updates,
  updateServices,
  updateTexts,
} from './schema';

export const serviceGroupRelations = relations(serviceGroups, ({ many }) => ({
  texts: many(serviceGroupTexts),
  services: many(services),
}));
export const serviceGroupTextRelations = relations(serviceGroupTexts, ({ one }) => ({
  group: one(serviceGroups, { fields: [serviceGroupTexts.groupId], references: [serviceGroups.id] }),
}));

export const serviceRelations = relations(services, ({ one, many }) => ({
  group: one(serviceGroups, { fields: [services.groupId], references: [serviceGroups.id] }),
  texts: many(serviceTexts),
  incidents: many(incidentServices),
  updates: many(updateServices),
}));
export const serviceTextRelations = relations(serviceTexts, ({ one }) => ({
  service: one(services, { fields: [serviceTexts.serviceId], references: [services.id] }),
}));

export const contactChannelRelations = relations(contactChannels, ({ many }) => ({
  texts: many(contactChannelTexts),
  hours: many(openingHours),
  overrides: many(openingHoursOverrides),
}));
export const contactChannelTextRelations = relations(contactChannelTexts, ({ one }) => ({
  channel: one(contactChannels, {
    fields: [contactChannelTexts.channelId],
    references: [contactChannels.id],
  }),
}));
export const openingHoursRelations = relations(openingHours, ({ one }) => ({
  channel: one(contactChannels, { fields: [openingHours.channelId], references: [contactChannels.id] }),
}));
export const openingHoursOverrideRelations = relations(openingHoursOverrides, ({ one }) => ({
  channel: one(contactChannels, {
    fields: [openingHoursOverrides.channelId],
    references: [contactChannels.id],
  }),
}));

export const incidentRelations = relations(incidents, ({ one, many }) => ({
  texts: many(incidentTexts),
  services: many(incidentServices),
  updates: many(updates),
  /** Present when the incident is a planned maintenance. */
  maintenance: one(maintenances),
}));
export const maintenanceRelations = relations(maintenances, ({ one }) => ({
  incident: one(incidents, { fields: [maintenances.incidentId], references: [incidents.id] }),
}));
export const incidentTextRelations = relations(incidentTexts, ({ one }) => ({
  incident: one(incidents, { fields: [incidentTexts.incidentId], references: [incidents.id] }),
}));
export const incidentServiceRelations = relations(incidentServices, ({ one }) => ({
  incident: one(incidents, { fields: [incidentServices.incidentId], references: [incidents.id] }),
  service: one(services, { fields: [incidentServices.serviceId], references: [services.id] }),
}));

export const updateRelations = relations(updates, ({ one, many }) => ({
  incident: one(incidents, { fields: [updates.incidentId], references: [incidents.id] }),
  texts: many(updateTexts),
  services: many(updateServices),
  corrections: many(updateCorrections),
  /** Present when the update changed a maintenance's status or window. */
  maintenance: one(updateMaintenance),
}));
export const updateMaintenanceRelations = relations(updateMaintenance, ({ one }) => ({
  update: one(updates, { fields: [updateMaintenance.updateId], references: [updates.id] }),
}));
export const updateTextRelations = relations(updateTexts, ({ one }) => ({
  update: one(updates, { fields: [updateTexts.updateId], references: [updates.id] }),
}));
export const updateServiceRelations = relations(updateServices, ({ one }) => ({
  update: one(updates, { fields: [updateServices.updateId], references: [updates.id] }),
  service: one(services, { fields: [updateServices.serviceId], references: [services.id] }),
}));
export const updateCorrectionRelations = relations(updateCorrections, ({ one, many }) => ({
  update: one(updates, { fields: [updateCorrections.updateId], references: [updates.id] }),
  texts: many(correctionTexts),
}));
export const correctionTextRelations = relations(correctionTexts, ({ one }) => ({
  correction: one(updateCorrections, {
    fields: [correctionTexts.correctionId],
    references: [updateCorrections.id],
  }),
}));

export const feedItemRelations = relations(feedItems, ({ one }) => ({
  update: one(updates, { fields: [feedItems.updateId], references: [updates.id] }),
  correction: one(updateCorrections, { fields: [feedItems.correctionId], references: [updateCorrections.id] }),
}));
