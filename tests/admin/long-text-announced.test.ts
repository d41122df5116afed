/**
 * Text over a limit is refused with a message, never cut (issue 12, docs/decisions/0017):
 * the browser is not told a `maxlength` for text areas (it would cut a paste without a word),
 * and the server answers 422 with "Högst 2000 tecken." next to the field and the draft whole.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService } from '../helpers/factories';

describe('the 2 000-character note', () => {
  it('is announced, not cut: no maxlength on the text area, a 422 with the message and the draft kept', async () => {
    const context = await createTestApp();
    const group = await makeGroup(context.db, context.clock);
    const service = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' } });
    const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
    const browser = new Browser(context.app);
    await browser.signIn('redaktor', password);
    const page = await (await browser.get('/admin')).text();
    const textarea = new RegExp(`<textarea[^>]*name="note\\.sv"[^>]*>`).exec(page)![0];
    expect(textarea).not.toMatch(/\smaxlength=/);
    const version = /name="version" value="(\d+)"/.exec(page)![1]!;

    const long = `${'Sophämtningen är försenad. '.repeat(74)}SLUTET`;
    expect(long.length).toBeGreaterThan(2000);
    const response = await browser.post(`/admin/services/${service.id}/status`, { status: 'down', 'note.sv': long, version });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(visibleText(html)).toContain('Högst 2000 tecken.');
    // The draft is kept whole, its end included.
    expect(html).toContain('SLUTET</textarea>');
    expect(await context.db.query.updates.findMany()).toHaveLength(0);
  });
});
