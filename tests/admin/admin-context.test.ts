/**
 * The admin context (src/routes/admin/context.ts), set once per request: dates on every console
 * page are in the site's time zone (the dashboard, the audit log and the account page used to
 * say Europe/Stockholm whatever the site's zone was).
 */
import { describe, expect, it } from 'vitest';
import { saveSite } from '../../src/store/site';
import { visibleText } from '../helpers/app';
import { makeGroup, makeService } from '../helpers/factories';
import { signedIn } from './catalog-helpers';

describe('the admin context', () => {
  it('shows dates in the site’s time zone on the dashboard, the audit log, the account page and the incident form', async () => {
    // 13.00 UTC on 11 February: 15.00 in Helsinki, 14.00 in Stockholm.
    const context = await signedIn({ role: 'admin' });
    const { browser, db, clock } = context;
    await saveSite(db, clock, {
      publicUrl: 'https://status.example.org',
      offeredLocales: ['sv', 'en'],
      timeZone: 'Europe/Helsinki',
      texts: { sv: { organisationName: 'Testby kommun', siteTitle: 'Driftstatus' } },
    });
    const group = await makeGroup(db, clock);
    await makeService(db, clock, { groupId: group, sv: { name: 'Mina sidor' } });

    const dashboard = visibleText(await (await browser.get('/admin')).text());
    expect(dashboard).toContain('sedan 11 februari 2026 kl. 15.00');
    expect(dashboard).not.toContain('kl. 14.00');

    const audit = await (await browser.get('/admin/audit')).text();
    expect(visibleText(audit)).toContain('11 februari 2026 kl. 15.00');
    expect(audit).toContain('datetime="2026-02-11T15:00:00+02:00"');

    const account = await (await browser.get('/admin/account')).text();
    expect(account).toContain('datetime="2026-02-11T15:00:00+02:00"');
    expect(visibleText(account)).not.toContain('kl. 14.00');

    expect(visibleText(await (await browser.get('/admin/incidents/new')).text())).toContain('Europe/Helsinki');
  });
});
