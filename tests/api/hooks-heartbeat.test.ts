/**
 * Heartbeats, the dead-man's switch: beats within the interval keep the switch quiet (and
 * leave the public revision alone); a missed beat is flagged for an editor by the background
 * check; a beat after that clears the flag. A heartbeat never changes a status.
 */
import { describe, expect, it } from 'vitest';
import { flagMissedHeartbeats } from '../../src/store/heartbeats';
import { readRevision } from '../../src/store/revision';
import { Browser, makeUser } from '../helpers/admin';
import { visibleText } from '../helpers/app';
import { hookSite, MINUTE, postJson, statusOf } from './hooks-helpers';

const beat = (site: Awaited<ReturnType<typeof hookSite>>, query = '') =>
  site.app.request(`/api/v1/hooks/heartbeat/mina-sidor${query}`, { method: 'POST', headers: { Authorization: `Bearer ${site.token}` } });

describe('heartbeat', () => {
  it('flags a service whose beats stop, and clears the flag when they resume', async () => {
    const site = await hookSite();
    const { password } = await makeUser(site, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(site.app);
    await editor.signIn('redaktor', password);

    const first = await beat(site, '?interval=60');
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      service: 'mina-sidor',
      interval_seconds: 60,
      next_beat_due_at: new Date(site.clock.now().getTime() + 60_000).toISOString(),
      armed: true,
      resumed: false,
    });

    // On-time beats: nothing flagged, and the public revision (every page's ETag) stays.
    const revision = await readRevision(site.db);
    for (let minute = 0; minute < 3; minute += 1) {
      site.clock.advance(MINUTE);
      expect(await flagMissedHeartbeats(site.db, site.clock)).toEqual([]);
      expect((await (await beat(site)).json()).armed).toBe(false);
    }
    expect((await readRevision(site.db)).revision).toBe(revision.revision);

    // Silence: after the interval and its grace, the check flags it once.
    site.clock.advance(89_000);
    expect(await flagMissedHeartbeats(site.db, site.clock)).toEqual([]);
    site.clock.advance(2_000);
    expect(await flagMissedHeartbeats(site.db, site.clock)).toEqual(['mina-sidor']);
    site.clock.advance(MINUTE);
    expect(await flagMissedHeartbeats(site.db, site.clock)).toEqual([]);
    expect(await statusOf(site)).toBe('operational');
    const dashboard = visibleText(await (await editor.get('/admin')).text());
    expect(dashboard).toContain('Mina sidor – Hjärtslag');
    expect(dashboard).toContain('Inga hjärtslag har kommit inom intervallet.');

    const resumed = await beat(site);
    expect(await resumed.json()).toMatchObject({ armed: false, resumed: true });
    expect(visibleText(await (await editor.get('/admin')).text())).not.toContain('Hjärtslag');
  });

  it('refuses a bad interval (422), an unknown service (404) and a token without the scope (403)', async () => {
    const site = await hookSite();
    for (const interval of ['5', 'abc', '1.5', '999999999']) {
      const response = await beat(site, `?interval=${interval}`);
      expect(response.status, interval).toBe(422);
      expect((await response.json()).error.field).toBe('interval');
    }
    const unknown = await site.app.request('/api/v1/hooks/heartbeat/finns-inte', { method: 'POST', headers: { Authorization: `Bearer ${site.token}` } });
    expect(unknown.status).toBe(404);
    const reader = await hookSite({ scopes: ['read'] });
    expect((await beat(reader)).status).toBe(403);
    expect((await postJson(site, '/api/v1/hooks/heartbeat/Mina%20sidor', {}, site.token)).status).toBe(422);
  });
});
