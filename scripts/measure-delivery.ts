/**
 * Delivery measurement (docs/decisions/0040-outbox-and-delivery.md): on a file database, with
 * a real SMTP server on loopback (`smtp-server`) and the real mail channel (nodemailer), it
 * measures
 *   1. publish latency with no subscribers,
 *   2. publish latency with N confirmed subscribers (default 10 000),
 *   3. publish latency while the delivery loop is sending the N mails of a publication,
 *   4. publish-to-last-mail: from publishing one update to the SMTP server accepting its Nth mail.
 * The publications timed in 2 and 3 are marked fanned out as soon as they commit so they add
 * no mails of their own (only the one publication of 4 is delivered). Prints figures; asserts nothing.
 *
 * Usage: npm run measure:delivery [-- --subscribers 10000] [--runs 20] [--concurrency 20]
 */
import { inArray, sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { systemClock } from '../src/clock';
import { createDatabase, type Database } from '../src/db/database';
import { applyMigrations } from '../src/db/migrate';
import { openNodeClient } from '../src/db/open-node';
import { deliveries, outbox, subscribers } from '../src/db/schema';
import { buildChannels } from '../src/notify/channels';
import { startDeliveryLoop } from '../src/notify/delivery-loop';
import { nodeMailTransport } from '../src/notify/mail/node-transport';
import { createServiceGroup } from '../src/store/groups';
import { publishUpdate } from '../src/store/publishing';
import { createService } from '../src/store/services';
import { saveSite } from '../src/store/site';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '20' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run measure:delivery [-- --subscribers N] [--runs R] [--concurrency C]');
  console.log('  --subscribers N  confirmed subscribers following everything (default 10000)');
  console.log('  --runs R         publications timed per latency figure (default 20; median and max shown)');
  console.log('  --concurrency C  mails in flight at once (default 20; nodemailer pools 5 connections)');
  process.exit(0);
}
const wholeNumber = (name: string, value: string | undefined, min: number) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    console.error(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
    process.exit(2);
  }
  return parsed;
};
const subscriberCount = wholeNumber('subscribers', values.subscribers, 1);
const runs = wholeNumber('runs', values.runs, 1);
const concurrency = wholeNumber('concurrency', values.concurrency, 1);

const progress = (line: string) => process.stderr.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The SMTP server: accepts everything, counts messages, remembers when each arrived. */
async function startSmtp() {
  const arrivals: number[] = [];
  const recipients = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    // A reverse DNS lookup per connection would measure the resolver, not delivery.
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) recipients.set(to.address, (recipients.get(to.address) ?? 0) + 1);
        arrivals.push(performance.now());
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, arrivals, recipients, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let serial = 0;
/** Publishes one status change and returns how long the publication took. */
async function timedPublish(db: Database, serviceId: number, skipDelivery: boolean): Promise<number> {
  const started = performance.now();
  const { updateId } = await publishUpdate(db, systemClock, {
    texts: { sv: `Mätning ${++serial}: Mina sidor är långsam.` },
    changes: [{ serviceId, to: serial % 2 ? 'degraded' : 'operational' }],
  });
  const took = performance.now() - started;
  if (skipDelivery) await db.update(outbox).set({ fannedOutAt: new Date() }).where(inArray(outbox.updateId, [updateId]));
  return took;
}

async function timedRuns(db: Database, serviceId: number, skipDelivery: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await timedPublish(db, serviceId, skipDelivery));
  return times;
}

const directory = mkdtempSync(join(tmpdir(), 'measure-delivery-'));
const smtp = await startSmtp();
// Opened as the server opens its database (WAL, busy timeout): the loop and publications share it.
const client = await openNodeClient({ url: `file:${join(directory, 'status.db')}`, authToken: undefined });
const db = createDatabase(client);
const transport = nodeMailTransport({ smtp: { host: '127.0.0.1', port: smtp.port, secure: false, username: null, password: null }, from: 'Testby kommun <status@example.org>' });
try {
  await applyMigrations(db);
  await saveSite(db, systemClock, {
    publicUrl: 'https://status.example.org',
    offeredLocales: ['sv', 'en'],
    timeZone: 'Europe/Stockholm',
    texts: { sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus Testby' }, en: { organisationName: 'Testby', siteTitle: 'Testby status' } },
  });
  const groupId = await createServiceGroup(db, systemClock, { slug: 'e-tjanster', names: { sv: 'E-tjänster' } });
  const serviceId = await createService(db, systemClock, { slug: 'mina-sidor', groupId, texts: { sv: { name: 'Mina sidor', workaround: 'Ring 0771-00 00 00.' } } });

  // Warm-up (JIT, page cache), not counted.
  for (let run = 0; run < 3; run++) await timedPublish(db, serviceId, true);
  progress(`1/4 publish latency, no subscribers (${runs} runs)`);
  const empty = await timedRuns(db, serviceId, true);

  progress(`inserting ${subscriberCount} confirmed subscribers`);
  const now = new Date();
  for (let start = 0; start < subscriberCount; start += 500) {
    const rows = Array.from({ length: Math.min(500, subscriberCount - start) }, (_, index) => ({
      email: `invanare-${start + index}@example.org`,
      locale: (start + index) % 5 === 0 ? 'en' : 'sv',
      scope: 'everything' as const,
      linkKey: crypto.randomUUID(),
      createdAt: now,
      confirmedAt: now,
    }));
    await db.insert(subscribers).values(rows);
  }

  progress(`2/4 publish latency, ${subscriberCount} subscribers, nothing being sent (${runs} runs)`);
  const full = await timedRuns(db, serviceId, true);

  const channels = buildChannels({ clock: systemClock, publicUrl: 'https://status.example.org', mail: { transport, secret: 'measure-delivery-secret-0123456789abcdef' } });
  const loop = startDeliveryLoop(db, { channels, clock: systemClock, concurrency, sweepMs: 60_000 });
  await loop.idle();

  progress(`4/4 publish-to-last-mail: one publication to ${subscriberCount} subscribers`);
  const before = smtp.arrivals.length;
  const published = performance.now();
  await timedPublish(db, serviceId, false);
  progress(`3/4 publish latency while the mails are being sent (${runs} runs)`);
  const busy = await timedRuns(db, serviceId, true);
  const ticker = setInterval(() => progress(`  ${smtp.arrivals.length - before} / ${subscriberCount} mails accepted`), 1_000);
  while (smtp.arrivals.length - before < subscriberCount) await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  const lastMail = smtp.arrivals[before + subscriberCount - 1]! - published;
  loop.stop();
  await loop.idle();
  // Everyone once: a duplicate would be a second mail to one address.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const duplicates = [...smtp.recipients.values()].filter((times) => times > 1).length;
  const outcomes = await db.select({ status: deliveries.status, total: sql<number>`count(*)` }).from(deliveries).groupBy(deliveries.status).all();

  console.log('');
  console.log(`publish latency, 0 subscribers:             median ${ms(median(empty))}, max ${ms(Math.max(...empty))}`);
  console.log(`publish latency, ${subscriberCount} subscribers:     median ${ms(median(full))}, max ${ms(Math.max(...full))}`);
  console.log(`publish latency, while sending ${subscriberCount}: median ${ms(median(busy))}, max ${ms(Math.max(...busy))}`);
  console.log(`publish-to-last-mail, ${subscriberCount} mails:      ${(lastMail / 1000).toFixed(1)} s (${Math.round(subscriberCount / (lastMail / 1000))} mails/s, concurrency ${concurrency})`);
  console.log(`distinct recipients ${smtp.recipients.size}, addresses mailed twice ${duplicates}; deliveries ${outcomes.map((row) => `${row.status} ${row.total}`).join(', ')}`);
  console.log(
    `summary: subscribers=${subscriberCount} publish_ms_median(0/${subscriberCount}/sending)=${median(empty).toFixed(1)}/${median(full).toFixed(1)}/${median(busy).toFixed(1)} publish_to_last_mail_s=${(lastMail / 1000).toFixed(1)} duplicates=${duplicates}`,
  );
} finally {
  transport.close();
  await smtp.close();
  client.close();
  rmSync(directory, { recursive: true, force: true });
}
