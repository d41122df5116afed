/**
 * The page that sends a draft kept through signing in again labels what was typed with the
 * form's own words ("Rubrik (engelska)", "Text på svenska"), not the field's name (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { adminMessagesFor } from '../../src/i18n/admin';
import { messagesFor } from '../../src/i18n';
import { keptFieldLabel } from '../../src/routes/admin/kept-draft-labels';
import { DEFAULT_SESSION_POLICY } from '../../src/store/sessions';
import { visibleText } from '../helpers/app';
import { makeUser } from '../helpers/admin';
import { createThroughConsole, editorWithServices, updateFormVersions } from './incidents-support';

/** The label of each text area on the page, keyed by the field's name. */
function keptLabels(html: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of html.matchAll(/<label for="(kept-\d+)">([^<]*)<\/label>[\s\S]*?<textarea id="\1" name="([^"]+)"/g)) labels[match[3]!] = match[2]!;
  return labels;
}

describe('labels of a kept draft', () => {
  it('names the console’s fields as their forms do, in Swedish and English, for any offered language', () => {
    const sv = adminMessagesFor('sv');
    const words = messagesFor('sv');
    expect(keptFieldLabel('en.title', sv, words)).toBe('Rubrik (engelska)');
    expect(keptFieldLabel('sv.whatYouShouldDo', sv, words)).toBe(`${words.noticeQuestions.whatYouShouldDo} (svenska)`);
    expect(keptFieldLabel('update.sv', sv, words)).toBe('Text på svenska');
    expect(keptFieldLabel('closing.en', sv, words)).toBe('Avslutande text på engelska');
    expect(keptFieldLabel('note.fi', sv, words)).toBe(sv.dashboard.noteIn('finska'));
    expect(keptFieldLabel('texts.en.workaround', sv, words)).toBe(`${sv.catalog.workaroundLabel} (engelska)`);
    expect(keptFieldLabel('sv.name', sv, words)).toBe('Namn (svenska)');
    expect(keptFieldLabel('displayName', sv, words)).toBe(sv.accountSecurity.displayName);
    const en = adminMessagesFor('en');
    expect(keptFieldLabel('sv.title', en, messagesFor('en'))).toBe('Title (Swedish)');
    // Outside the scheme (or a tag that is no language) the name stays as it is.
    expect(keptFieldLabel('xx.title', sv, words)).toBe('xx.title');
    expect(keptFieldLabel('somethingElse', sv, words)).toBe('somethingElse');
  });

  it('shows the form’s labels on the page that sends an update posted after the session ended', async () => {
    const setup = await editorWithServices();
    const id = await createThroughConsole(setup, { 'en.title': 'IT attack on a supplier' });
    const versions = await updateFormVersions(setup, id);
    const { password } = await makeUser(setup, { username: 'kollega', role: 'editor' });
    setup.clock.advance(DEFAULT_SESSION_POLICY.idleMs + 60_000);
    const late = await setup.browser.post(`/admin/incidents/${id}/updates`, {
      ...versions,
      phase: 'identified',
      'update.sv': 'Leverantören har hittat felet.',
      'update.en': 'The supplier has found the fault.',
    });
    expect(late.status).toBe(401);
    const draft = /name="draft" value="([^"]*)"/.exec(await late.text())![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    await setup.browser.get('/admin/login');
    const resumed = await setup.browser.post('/admin/login', { username: 'kollega', password, next: `/admin/incidents/${id}/updates`, draft });
    expect(resumed.status).toBe(200);
    const html = await resumed.text();
    expect(keptLabels(html)).toEqual({ 'update.sv': 'Text på svenska', 'update.en': 'Text på engelska' });
    expect(visibleText(html)).not.toMatch(/\bupdate\.sv\b/);
  });
});
