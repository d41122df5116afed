/** The built-in example: realistic, complete, and impossible to mistake for a real outage. */
import { describe, expect, it } from 'vitest';
import { SERVICE_STATUSES } from '../../src/domain/status';
import { listActiveServices } from '../../src/store/services';
import { countUpdates } from '../../src/store/updates';
import { createTestApp, visibleText } from '../helpers/app';

describe('example municipality', () => {
  it('loads a weeks-long incident with every status, a resolved incident and a correction', async () => {
    const { db } = await createTestApp({ seed: 'example' });
    const services = await listActiveServices(db);
    const statuses = new Set(services.map((service) => service.status));
    expect([...statuses].sort()).toEqual([...SERVICE_STATUSES].sort());
    expect(await countUpdates(db)).toBeGreaterThanOrEqual(14);
    const incidents = await db.query.incidents.findMany();
    expect(incidents.some((incident) => incident.resolvedAt !== null)).toBe(true);
    expect(incidents.some((incident) => incident.resolvedAt === null && incident.impact === 'critical')).toBe(true);
    expect(await db.query.updateCorrections.findMany()).not.toHaveLength(0);
    const updates = await db.query.updates.findMany();
    const span = Math.max(...updates.map((u) => +u.publishedAt)) - Math.min(...updates.map((u) => +u.publishedAt));
    expect(span).toBeGreaterThan(14 * 86_400_000);
  });

  it('says on every page, in both languages, that it is example data', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    for (const path of ['/', '/handelser/it-angrepp', '/historik'])
      expect(visibleText(await (await app.request(path)).text())).toContain('Exempeldata: kommunen och händelserna');
    expect(visibleText(await (await app.request('/en/')).text())).toContain('Example data: the municipality');
  });

  it('dates the example relative to today, so it always looks current', async () => {
    const { db, clock } = await createTestApp({ seed: 'example', now: '2027-06-01T10:00:00Z' });
    const updates = await db.query.updates.findMany();
    const newest = Math.max(...updates.map((update) => +update.publishedAt));
    expect(newest).toBeLessThan(+clock.now());
    expect(+clock.now() - newest).toBeLessThan(3 * 86_400_000);
  });
});
