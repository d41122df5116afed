/**
 * The console's subscribers page: admins see counts, never the list, and remove one address
 * they type in; the removal is audited without the address.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit';
import { countSubscribers } from '../../src/store/subscriptions';
import { Browser, makeUser } from '../helpers/admin';
import { visibleText } from '../helpers/app';
import { createMailTestApp, postForm, type MailTestContext } from './helpers';

let ctx: MailTestContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

describe('subscribers in the console', () => {
  it('shows the counts, no addresses, and removes a typed address with an audit entry that does not name it', async () => {
    ctx = await createMailTestApp();
    await postForm(ctx.app, '/prenumerera', { email: 'anna@example.org' });
    await postForm(ctx.app, '/prenumerera', { email: 'bertil@example.org' });
    const made = await makeUser(ctx, { username: 'chef', role: 'admin' });
    const admin = new Browser(ctx.app, '192.0.2.10');
    expect((await admin.signIn('chef', made.password)).status).toBe(303);

    const page = await admin.get('/admin/settings/subscribers');
    expect(page.status).toBe(200);
    const html = await page.text();
    const text = visibleText(html);
    expect(text).toContain('Väntar på bekräftelse (raderas efter 48 timmar) 2');
    expect(html).not.toContain('anna@example.org');
    expect(html).not.toContain('bertil@example.org');

    const removed = await admin.post('/admin/settings/subscribers', { email: ' Anna@Example.org ' });
    expect(removed.status).toBe(200);
    const after = await removed.text();
    expect(visibleText(after)).toContain('Adressen är borttagen.');
    expect(await countSubscribers(ctx.db)).toEqual({ confirmed: 0, unconfirmed: 1, quarantined: 0 });
    const [entry] = await listAudit(ctx.db, { action: 'subscriber.erase' });
    expect(entry!.username).toBe('chef');
    expect(JSON.stringify(entry)).not.toContain('anna');

    const unknown = await admin.post('/admin/settings/subscribers', { email: 'nobody@example.org' });
    expect(visibleText(await unknown.text())).toContain('Adressen finns inte bland prenumeranterna.');
    const invalid = await admin.post('/admin/settings/subscribers', { email: 'not an address' });
    expect(invalid.status).toBe(422);
  });

  it('is for admins only', async () => {
    ctx = await createMailTestApp();
    const made = await makeUser(ctx, { username: 'redaktor', role: 'editor' });
    const editor = new Browser(ctx.app, '192.0.2.11');
    await editor.signIn('redaktor', made.password);
    expect((await editor.get('/admin/settings/subscribers')).status).toBe(403);
  });
});
