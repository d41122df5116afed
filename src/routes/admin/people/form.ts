/**
 * The people forms: a new account (also the first admin's, on the setup page), a role, a new
 * password. Passwords are checked by the rules of src/auth/password.ts, against the person's
 * own names, and never shown back.
 */
import { z } from 'zod';
import { passwordProblem } from '../../../auth/password';
import { ROLES } from '../../../domain/roles';
import type { AdminMessages } from '../../../i18n/admin';
import { isUsername } from '../../../store/users';
import { choice, displayName, secret, typedValue, version, sent } from '../forms/fields';
import type { FormKit } from '../forms/parse';

/** The message for a password that must not be used, or null. */
export function passwordError(t: AdminMessages, password: string, names: string[]): string | null {
  if (!password) return t.inputError('required', {});
  const problem = passwordProblem(password, names);
  return problem ? t.people.passwordProblem[problem] : null;
}

/** A user name as the store keeps it: trimmed, lowercase, 2–40 of a–z, digits, dot, dash, underscore. */
export function username(kit: FormKit) {
  return sent().transform((value, ctx) => {
    const name = typedValue(value).slice(0, 100).trim().toLowerCase();
    if (!name) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('required', {}) });
    else if (!isUsername(name)) ctx.addIssue({ code: 'custom', continue: true, message: kit.t.inputError('username-format', {}) });
    return name;
  });
}

/** The names a password may not contain: the user name and each part of the display name. */
export function ownNames(user: { username: string; displayName: string }): string[] {
  return [user.username, ...user.displayName.split(/\s+/)];
}

/** A new account: user name, name, role and a first password that is not built from them. */
export function newUserSchema(kit: FormKit) {
  return z
    .object({
      username: username(kit),
      displayName: displayName(kit),
      role: choice(kit, ROLES),
      password: secret(1_000),
    })
    .superRefine((form, ctx) => {
      const weak = passwordError(kit.t, form.password, ownNames(form));
      if (weak) ctx.addIssue({ code: 'custom', continue: true, path: ['password'], message: weak });
    });
}

/** The first admin, on the setup page: the setup token first, then an account with the password twice. */
export function setupSchema(kit: FormKit) {
  return z
    .object({
      token: secret(256),
      username: username(kit),
      displayName: displayName(kit),
      password: secret(1_000),
      password2: secret(1_000),
    })
    .superRefine((form, ctx) => {
      const weak = passwordError(kit.t, form.password, ownNames(form));
      if (weak) ctx.addIssue({ code: 'custom', continue: true, path: ['password'], message: weak });
      else if (form.password !== form.password2) ctx.addIssue({ code: 'custom', continue: true, path: ['password2'], message: kit.t.people.passwordsDiffer });
    });
}

export function roleSchema(kit: FormKit) {
  return z.object({ version: version(), role: choice(kit, ROLES) });
}

/** A new password for someone: it may not be built from their names. */
export function newPasswordSchema(kit: FormKit, user: { username: string; displayName: string }) {
  return z.object({ version: version(), password: secret(1_000) }).superRefine((form, ctx) => {
    const weak = passwordError(kit.t, form.password, ownNames(user));
    if (weak) ctx.addIssue({ code: 'custom', continue: true, path: ['password'], message: weak });
  });
}

/** An action on a user that needs nothing but the version the page was loaded with. */
export function versionOnlySchema() {
  return z.object({ version: version() });
}
