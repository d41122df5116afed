/** The audit log as rows, oldest first, for the hook tests. */
import { asc } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema';
import type { TestContext } from '../helpers/app';

export function readAuditLog(site: Pick<TestContext, 'db'>) {
  return site.db.select().from(auditLog).orderBy(asc(auditLog.id)).all();
}
