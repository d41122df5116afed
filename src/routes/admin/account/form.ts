/**
 * The "my account" forms: details and language, and a new password (checked by the rules of
 * src/auth/password.ts against one's own names; the current one is checked by the route,
 * throttled like sign-in).
 */
import { z } from 'zod';
import { passwordProblem } from '../../../auth/password';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../domain/limits';
import { ADMIN_LOCALES } from '../../../i18n/admin';
import { choice, displayName, secret, version } from '../forms/fields';
import type { FormKit } from '../forms/parse';
import { ownNames } from '../people/form';

export function profileSchema(kit: FormKit) {
  return z.object({ version: version(), displayName: displayName(kit), locale: choice(kit, ADMIN_LOCALES) });
}

export function passwordSchema(kit: FormKit, user: { username: string; displayName: string }) {
  const { t } = kit;
  const words = t.accountSecurity;
  return z
    .object({
      currentPassword: secret(256),
      // Not cut: a password over the limit is refused as too long, not shortened.
      newPassword: secret(Number.MAX_SAFE_INTEGER),
      repeatPassword: secret(PASSWORD_MAX_LENGTH + 1),
    })
    .superRefine((form, ctx) => {
      if (!form.currentPassword) ctx.addIssue({ code: 'custom', continue: true, path: ['currentPassword'], message: t.inputError('required', {}) });
      const problem = form.newPassword ? passwordProblem(form.newPassword, ownNames(user)) : null;
      if (!form.newPassword) ctx.addIssue({ code: 'custom', continue: true, path: ['newPassword'], message: t.inputError('required', {}) });
      else if (problem) ctx.addIssue({ code: 'custom', continue: true, path: ['newPassword'], message: words.passwordProblem(problem, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }) });
      else if (form.repeatPassword !== form.newPassword) ctx.addIssue({ code: 'custom', continue: true, path: ['repeatPassword'], message: words.passwordMismatch });
    });
}
