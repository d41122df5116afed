/**
 * The form that creates an API token: a name, scopes (ticked checkboxes), optionally a number
 * of days it is valid, and whether a monitor's resolved alert only flags the service.
 */
import { z } from 'zod';
import { API_SCOPES, isApiScope, type ApiScope } from '../../../domain/api-scopes';
import { isTokenName } from '../../../store/api-tokens';
import { checkbox, sent, typedValue } from '../forms/fields';
import type { FormKit } from '../forms/parse';

export function newTokenSchema(kit: FormKit) {
  return z.object({
    name: sent().transform((value, ctx) => {
      const name = typedValue(value).slice(0, 100).trim().toLowerCase();
      if (!name) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('required', {}) });
      else if (!isTokenName(name)) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('token-name-format', {}) });
      return name;
    }),
    scopes: sent().transform((value, ctx): ApiScope[] => {
      const ticked = [value].flat().filter((item): item is string => typeof item === 'string');
      if (ticked.length === 0) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('required', {}) });
      else if (!ticked.every(isApiScope)) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('unknown-choice', {}) });
      return API_SCOPES.filter((scope) => ticked.includes(scope));
    }),
    expiresDays: sent().transform((value, ctx): number | null => {
      const typed = typedValue(value).trim();
      if (typed === '') return null;
      if (!/^[1-9]\d{0,4}$/.test(typed)) {
        ctx.addIssue({ code: 'custom', continue: true, message: kit.t.tokens.expiresDaysInvalid });
        return null;
      }
      return Number(typed);
    }),
    flagOnly: checkbox(),
  });
}
