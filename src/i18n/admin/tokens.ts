/**
 * Words of the API tokens page (admins only). Everything sits under one `tokens` key so it
 * cannot collide with other areas' words.
 */
import type { ApiScope } from '../../domain/api-scopes';

export interface TokensWords {
  title: string;
  intro: string;
  createHeading: string;
  name: string;
  nameHint: string;
  scopes: string;
  scopeLabels: Record<ApiScope, string>;
  expiresDays: string;
  expiresDaysHint: string;
  expiresDaysInvalid: string;
  flagOnly: string;
  flagOnlyHint: string;
  create: string;
  createdHeading: (name: string) => string;
  createdOnce: string;
  secretLabel: string;
  usage: string;
  listHeading: string;
  none: string;
  columns: { name: string; prefix: string; scopes: string; state: string; expires: string; lastUsed: string; createdBy: string; action: string };
  states: { active: string; expired: string; revoked: string };
  never: string;
  revoke: string;
  revokeLabel: (name: string) => string;
  revoked: (name: string) => string;
  onResolveRestores: string;
  onResolveFlags: string;
}

export interface AdminTokensMessages {
  tokens: TokensWords;
}

export { svTokens } from './tokens.sv';
export { enTokens } from './tokens.en';
