/**
 * Which tables a backup covers and in what order, read from the database itself
 * (sqlite_master and its pragmas) rather than from the drizzle schema: a backup holds what is
 * stored, including a table a newer migration added. What is *not* automatic is whether a
 * table is a sign-in secret: every table must be classified below, and a test fails when a
 * migration adds one that is not, so nobody leaks a new secret into default backups by
 * forgetting this file. Until then an unknown table is treated as a secret (left out unless
 * secrets are included).
 */
import { BackupError, type BackupValue, type SchemaMigration } from './format';

/** Runs one statement without parameters and gives its rows as arrays. */
export type ReadSql = (text: string) => Promise<unknown[][]>;

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** Tables this one refers to with a foreign key (not itself). */
  parents: string[];
}

/** Tables of SQLite, drizzle's migration journal and hosting platforms: never data. */
const INTERNAL = /^(sqlite_|__drizzle_|_litestream|libsql_|_cf_)/;

/**
 * Sign-in secrets, and state that is only worth keeping with them: session tokens (hashed,
 * but they are live sign-ins), recovery codes, passkey credentials (public keys, but together
 * with their ids they are what signs a person in, and they identify their security keys),
 * pending WebAuthn challenges, the browsers known to have signed in (hashed device cookies
 * that exempt them from throttling), sign-in throttling, and the write API's tokens.
 */
export const SECRET_TABLES: ReadonlySet<string> = new Set([
  'sessions',
  'recovery_codes',
  'passkeys',
  'webauthn_challenges',
  'known_devices',
  'login_throttle',
  // API tokens (hashed, but each is a live credential for the write API) and the answers
  // kept for their idempotency keys: docs/decisions/0035-api-tokens.md.
  'api_tokens',
  'api_idempotency_keys',
  // Webhook signing secrets (docs/decisions/0040): whoever has one can forge our notifications.
  'webhook_endpoints',
  'webhook_endpoint_services',
  // E-mail subscribers are residents' personal data, not the public record: left out of
  // default backups deliberately (a backup is downloaded and kept; nobody should get the list
  // by downloading one), and the key that signs their links with them (docs/decisions/0042-email-subscriptions.md).
  'subscribers',
  'subscriber_services',
  'subscription_throttle',
  'subscription_secret',
]);

/** Everything else the app stores. The audit log is evidence and always included. */
export const DATA_TABLES: ReadonlySet<string> = new Set([
  'site_settings',
  'site_texts',
  'public_revision',
  'service_groups',
  'service_group_texts',
  'services',
  'service_texts',
  'contact_channels',
  'contact_channel_texts',
  'opening_hours',
  'opening_hours_overrides',
  'incidents',
  'incident_texts',
  'incident_services',
  'updates',
  'update_texts',
  'update_services',
  'update_corrections',
  'correction_texts',
  'feed_items',
  'maintenances',
  'update_maintenance',
  'users',
  'admin_settings',
  'audit_log',
  // Incident templates (issue 12): the console's starting points, no secret in them.
  'incident_templates',
  'incident_template_texts',
  'incident_template_services',
  // Monitor hooks (src/db/schema/monitoring.ts): flags for editors, heartbeats, what a
  // monitor last set. No secret in them.
  'monitor_flags',
  'monitor_status_marks',
  'monitor_heartbeats',
  'monitor_firing_alerts',
  // Who was told what (docs/decisions/0040); a restore sends only what was still pending.
  'outbox',
  'deliveries',
]);

/**
 * A stored password hash that no password verifies (its scheme is not one the app knows), put
 * in place of every hash in a backup without secrets: the account is kept, with its name,
 * role and history, but nobody can sign in to it until an admin sets a new password.
 */
export const NO_PASSWORD = 'none$restored-without-secrets';

/**
 * Secret columns of data tables and what a backup without secrets holds instead. The TOTP
 * enrolment time goes with the secret: an account is either enrolled with a secret or not.
 */
export const SECRET_COLUMNS: Readonly<Record<string, Readonly<Record<string, BackupValue>>>> = {
  users: { password_hash: NO_PASSWORD, totp_secret: null, totp_enabled_at: null, totp_last_step: null },
};

export function isSecretTable(name: string): boolean {
  return SECRET_TABLES.has(name) || !DATA_TABLES.has(name);
}

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Rows as plain arrays: libSQL rows are array-like objects that also carry column names. */
export function rowsAsArrays(rows: ArrayLike<unknown>[], width: number): unknown[][] {
  return rows.map((row) => Array.from({ length: width }, (_, index) => row[index]));
}

/** Every data table with its columns (in table order) and foreign keys, parents first. */
export async function readTables(read: ReadSql): Promise<TableInfo[]> {
  const columns = await read(
    `SELECT m.name, p.name, p.pk FROM sqlite_master m JOIN pragma_table_info(m.name) p
     WHERE m.type = 'table' ORDER BY m.name, p.cid`,
  );
  const keys = await read(
    `SELECT m.name, f."table" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`,
  );
  const tables = new Map<string, TableInfo & { pkOrder: [number, string][] }>();
  for (const [table, column, pk] of columns as [string, string, number][]) {
    if (INTERNAL.test(table)) continue;
    let info = tables.get(table);
    if (!info) tables.set(table, (info = { name: table, columns: [], primaryKey: [], parents: [], pkOrder: [] }));
    info.columns.push(column);
    if (Number(pk) > 0) info.pkOrder.push([Number(pk), column]);
  }
  for (const [table, parent] of keys as [string, string][]) {
    const info = tables.get(table);
    if (info && parent !== table && tables.has(parent) && !info.parents.includes(parent)) info.parents.push(parent);
  }
  const infos = [...tables.values()].map(({ pkOrder, ...info }) => ({
    ...info,
    primaryKey: pkOrder.sort((a, b) => a[0] - b[0]).map(([, column]) => column),
  }));
  return parentsFirst(infos);
}

/**
 * Orders tables so every table comes after those it refers to; alphabetical among equals, so
 * the same database always gives the same file. A cycle (none today) keeps its tables in
 * alphabetical order: restoring defers foreign-key checks to the commit, so order is only a
 * courtesy there.
 */
function parentsFirst(tables: TableInfo[]): TableInfo[] {
  const pending = [...tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  const placed = new Set<string>();
  const ordered: TableInfo[] = [];
  while (pending.length > 0) {
    const index = pending.findIndex((table) => table.parents.every((parent) => placed.has(parent)));
    const [next] = pending.splice(index === -1 ? 0 : index, 1);
    ordered.push(next!);
    placed.add(next!.name);
  }
  return ordered;
}

/** The newest migration applied, or null when the database has never been migrated. */
export async function readSchemaMigration(read: ReadSql): Promise<SchemaMigration | null> {
  const journal = await read(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`);
  if (journal.length === 0) return null;
  const [row] = await read(`SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1`);
  return row ? { hash: String(row[0]), createdAt: Number(row[1]) } : null;
}

export async function readSequences(read: ReadSql): Promise<Map<string, number>> {
  const exists = await read(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`);
  if (exists.length === 0) return new Map();
  const rows = await read(`SELECT name, seq FROM sqlite_sequence ORDER BY name`);
  return new Map(rows.map(([name, seq]) => [String(name), Number(seq)]));
}

/** A stored value as a backup holds it. */
export function backupValue(value: unknown, where: string): BackupValue {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new BackupError('unsupported-value', `${where}: ${value} cannot be written to a backup.`);
    return value;
  }
  if (typeof value === 'bigint') {
    if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
  }
  throw new BackupError('unsupported-value', `${where}: a value of type ${typeof value === 'object' ? 'blob' : typeof value} cannot be written to a backup.`);
}
