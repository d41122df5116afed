/**
 * One-line inputs are not cut either (issue 12): no `maxlength` on any console input, so a
 * pasted title keeps its end; text over the limit is refused with a message next to the field
 * and the draft kept whole, as the text areas already were (long-text-announced.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { formFields } from '../helpers/form-fields';
import { fieldError } from './catalog-helpers';
import { editorWithServices, newIncidentForm } from './incidents-support';

describe('one-line inputs at their limit', () => {
  it('carry no maxlength on the console’s forms', async () => {
    const setup = await editorWithServices();
    const { password } = await makeUser(setup, { username: 'chef', role: 'admin' });
    const admin = new Browser(setup.app, '192.0.2.20');
    await admin.signIn('chef', password);
    for (const path of ['/admin/incidents/new', '/admin/services/new', '/admin/services/groups', '/admin/contacts/new', '/admin/settings', '/admin/settings/templates/new', '/admin/users/new', '/admin/account']) {
      const html = await (await admin.get(path)).text();
      expect(html, path).toContain('<input');
      expect(html, path).not.toMatch(/<input[^>]*\smaxlength=/);
    }
  });

  it('refuses a title over 200 characters with a message next to the field, keeping every character typed', async () => {
    const setup = await editorWithServices();
    await setup.browser.get('/admin/incidents/new');
    const title = `${'IT-angrepp hos leverantören av e-tjänster, '.repeat(5)}SLUTET`;
    expect(title.length).toBeGreaterThan(200);
    const response = await setup.browser.post('/admin/incidents', newIncidentForm({ 'sv.title': title }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldError(html, 'f-sv-title')).toBe('Högst 200 tecken.');
    expect(visibleText(html)).toContain('Rubrik (svenska): Högst 200 tecken.');
    expect(formFields(html, '/admin/incidents')['sv.title']).toBe(title);
    expect(await setup.db.query.incidents.findMany()).toEqual([]);
  });
});
