/** Signing in to the admin console from tests, as a browser would (cookies, CSRF token, Origin). */
import { hashPassword } from '../../src/auth/password';
import type { Role } from '../../src/domain/roles';
import { SYSTEM_ACTOR } from '../../src/store/audit';
import { createUser } from '../../src/store/users';
import { TEST_PASSWORD_ITERATIONS, type TestContext } from './app';

export { Browser, ORIGIN } from './browser-session';

export async function makeUser(
  { db, clock }: Pick<TestContext, 'db' | 'clock'>,
  options: { username?: string; role?: Role; password?: string; displayName?: string; locale?: string } = {},
) {
  const password = options.password ?? 'ett långt och ovanligt lösenord';
  const user = await createUser(
    db,
    clock,
    {
      username: options.username ?? `user${Math.floor(Math.random() * 1e9)}`,
      displayName: options.displayName ?? 'Test Testsson',
      role: options.role ?? 'editor',
      passwordHash: await hashPassword(password, TEST_PASSWORD_ITERATIONS),
      locale: options.locale,
    },
    SYSTEM_ACTOR,
  );
  return { user, password };
}

