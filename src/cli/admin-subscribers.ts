/**
 * The e-mail subscriber commands of the admin CLI (./admin.ts), for requests under the GDPR:
 * `subscriber export --email X` prints everything stored about one address as JSON (article
 * 15), `subscriber erase --email X` deletes it (article 17), audited as `cli` by id, not
 * address. There is deliberately no command that lists subscribers.
 */
import { stdout } from 'node:process';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { normaliseAddress } from '../domain/subscription';
import type { Actor } from '../store/audit';
import { eraseSubscriber, exportSubscriber } from '../store/subscriptions';
import { CliAbort, CliUsageError } from './password-input';

export const SUBSCRIBER_USAGE = `  subscriber export --email <address>                     (everything stored about an e-mail subscriber, as JSON)
  subscriber erase --email <address>                      (deletes the subscriber; the audit log records the id only)
`;

export interface SubscriberOptions {
  email?: string;
  /** The word after `subscriber`. */
  subcommand?: string;
}

export async function runSubscriberCommand(db: Database, clock: Clock, options: SubscriberOptions, actor: Actor): Promise<void> {
  const action = options.subcommand;
  if (action !== 'export' && action !== 'erase') throw new CliUsageError('subscriber needs export or erase.');
  if (!options.email?.trim()) throw new CliUsageError('--email is required.');
  const email = normaliseAddress(options.email);
  if (!email) throw new CliUsageError('--email: that is not an e-mail address.');
  if (action === 'export') {
    const stored = await exportSubscriber(db, email);
    if (!stored) throw new CliAbort('No subscriber has that address.');
    stdout.write(`${JSON.stringify(stored, null, 2)}\n`);
    return;
  }
  if (!(await eraseSubscriber(db, clock, email, actor))) throw new CliAbort('No subscriber has that address.');
  stdout.write('Erased the subscriber and everything stored about the address.\n');
}
