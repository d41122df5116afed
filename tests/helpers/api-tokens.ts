/** API tokens for tests, made through the real store as an admin would make them. */
import type { ApiScope } from '../../src/domain/api-scopes';
import { createToken } from '../../src/store/api-tokens';
import type { TestContext } from './app';

let counter = 0;

/** Makes a token in the test's database and returns its secret (for `Authorization: Bearer …`). */
export async function issueApiToken(
  context: Pick<TestContext, 'db' | 'clock'>,
  options: { scopes: readonly ApiScope[]; name?: string; restoreOnResolve?: boolean; expiresAt?: Date | null },
): Promise<string> {
  const { secret } = await createToken(
    context.db,
    context.clock,
    {
      name: options.name ?? `test-token-${++counter}`,
      scopes: options.scopes,
      restoreOnResolve: options.restoreOnResolve,
      expiresAt: options.expiresAt ?? null,
    },
    { userId: null, username: 'test', ip: null },
  );
  return secret;
}

/** Request headers carrying a token, as JSON clients send them. */
export function bearer(secret: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', ...extra };
}
