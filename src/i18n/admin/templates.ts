/**
 * Words of the incident templates (issue 12): the admins' list and form under
 * /admin/settings/templates, and "start from a template" on the new-incident page. Namespaced
 * under `t.templates`, so no other area's words can collide with these.
 */
export interface TemplateWords {
  listTitle: string;
  listIntro: string;
  newLink: string;
  none: string;
  nameColumn: string;
  servicesColumn: string;
  noServices: string;
  editLink: (name: string) => string;
  newTitle: string;
  editTitle: (name: string) => string;
  backToList: string;
  nameLegend: string;
  nameLabel: (language: string) => string;
  nameHint: string;
  updateLegend: string;
  updateHint: string;
  servicesLegend: string;
  servicesHint: string;
  notAffected: string;
  create: string;
  save: string;
  created: (name: string) => string;
  saved: (name: string) => string;
  deleted: string;
  deleteHeading: string;
  deleteHint: string;
  deleteButton: string;
  conflict: string;
  fromTemplateHeading: string;
  fromTemplateHint: string;
  useTemplate: (name: string) => string;
  filledFrom: (name: string) => string;
  manage: string;
}

export interface AdminTemplateMessages {
  templates: TemplateWords;
}

export { svTemplates } from './templates.sv';
export { enTemplates } from './templates.en';
