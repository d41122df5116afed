/**
 * Two roles. Editors publish: services, incidents, updates, contact channels. Admins also
 * manage people, site settings, security policy and read the audit log.
 */
export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `required` may. */
export function hasRole(role: Role, required: Role): boolean {
  return required === 'editor' || role === 'admin';
}
