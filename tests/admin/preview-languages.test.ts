/**
 * The previews show every language (issue 12): a new incident's preview shows the notice and
 * the first update on each public page, a language left empty marked as the public page marks
 * it, and a content language the public pages are not served in yet shows its text as written.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { createThroughConsole, editorWithServices, newIncidentForm, updateFormVersions } from './incidents-support';
import { makeSite } from '../helpers/factories';

function previewOf(html: string): string {
  return visibleText(html.slice(html.indexOf('class="preview"'), html.indexOf('<form', html.indexOf('class="preview"'))));
}

describe('the preview in every language', () => {
  it('shows a new incident’s notice and first update on the Swedish and the English page', async () => {
    const setup = await editorWithServices();
    await setup.browser.get('/admin/incidents/new');
    const response = await setup.browser.post(
      '/admin/incidents/new/preview',
      newIncidentForm({ 'en.title': 'IT attack on a supplier', 'en.whatYouShouldDo': 'Call the contact centre.', 'update.sv': 'Vi utreder.', 'update.en': 'We are investigating.' }),
    );
    expect(response.status).toBe(200);
    const preview = previewOf(await response.text());
    const [swedish, english] = preview.split('På statussidan på engelska');
    expect(swedish).toContain('IT-angrepp mot leverantör');
    expect(swedish).toContain('Ring kontaktcenter.');
    expect(swedish).toContain('Vi utreder.');
    expect(english).toContain('IT attack on a supplier');
    expect(english).toContain('What should you do?');
    expect(english).toContain('Call the contact centre.');
    expect(english).toContain('We are investigating.');
    // Answered only in Swedish: the English page shows the Swedish text, and says so.
    expect(english).toContain('Vår leverantör har drabbats av ett IT-angrepp.');
    expect(english).toContain('This text is only available in Swedish.');
  });

  it('shows the text of a content language the public pages are not served in yet, as written', async () => {
    const setup = await editorWithServices();
    await makeSite(setup.db, setup.clock, { offeredLocales: ['sv', 'en', 'de'] });
    const id = await createThroughConsole(setup);
    const versions = await updateFormVersions(setup, id);
    const response = await setup.browser.post(`/admin/incidents/${id}/updates/preview`, {
      ...versions,
      phase: 'identified',
      'update.sv': 'Felet är hittat.',
      'update.en': 'The fault is found.',
      'update.de': 'Der Fehler ist gefunden.',
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    const preview = visibleText(html.slice(html.indexOf('id="update-preview"')));
    expect(preview).toContain('Felet är hittat.');
    expect(preview).toContain('The fault is found.');
    expect(preview).toContain('Texten på tyska (statussidan visas inte på tyska än; texten sparas)');
    expect(preview).toContain('Der Fehler ist gefunden.');
    expect(html).toMatch(/<div lang="de"><p>Der Fehler ist gefunden.<\/p><\/div>/);
  });
});
