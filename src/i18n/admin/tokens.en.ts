/** The API tokens page in English. The shape, and what each word is for, is in ./tokens. */
import type { AdminTokensMessages } from './tokens';

export const enTokens: AdminTokensMessages = {
  tokens: {
    title: 'API tokens',
    intro:
      'With an API token a script or a monitoring system can change the status page without anyone signing in: set a service’s status, publish updates and incidents. Every change is in the audit log under the token’s name. Give each system a token of its own, with only the scopes it needs.',
    createHeading: 'Create a token',
    name: 'Name',
    nameHint: 'Which system uses it, for example zabbix or alertmanager. 2–40 characters: lowercase letters, digits, dot, dash or underscore.',
    scopes: 'Scopes',
    scopeLabels: {
      read: 'read – read with a token',
      'status:write': 'status:write – set services’ status',
      'updates:write': 'updates:write – updates, incidents and maintenance',
      hooks: 'hooks – alerts from monitoring (Alertmanager, Grafana, Uptime Kuma, heartbeats)',
    },
    expiresDays: 'Valid for days',
    expiresDaysHint: 'Leave empty for a token without an end date.',
    expiresDaysInvalid: 'Write a whole number of days, 1 to 99999, or leave it empty.',
    flagOnly: 'When an alert resolves: only flag the service for an editor',
    flagOnlyHint: 'Unticked, the service goes back to Operational by itself when the alert resolves.',
    create: 'Create token',
    createdHeading: (name) => `The token “${name}” was created`,
    createdOnce: 'Copy the token now. It is shown only this once and cannot be shown again; if it is lost, revoke it and create a new one.',
    secretLabel: 'Token',
    usage: 'Send it with every request as: Authorization: Bearer <token>',
    listHeading: 'Tokens',
    none: 'There are no API tokens yet.',
    columns: {
      name: 'Name',
      prefix: 'Starts with',
      scopes: 'Scopes',
      state: 'State',
      expires: 'Expires',
      lastUsed: 'Last used',
      createdBy: 'Created by',
      action: 'Action',
    },
    states: { active: 'Active', expired: 'Expired', revoked: 'Revoked' },
    never: 'Never',
    revoke: 'Revoke',
    revokeLabel: (name) => `Revoke the token ${name}`,
    revoked: (name) => `The token “${name}” was revoked and no longer works.`,
    onResolveRestores: 'restores on resolved alert',
    onResolveFlags: 'flags on resolved alert',
  },
};
