/** Hostile text entered by an admin comes out as text, escaped, everywhere it appears. */
import { describe, expect, it } from 'vitest';
import { createTestApp, visibleText } from '../helpers/app';
import { makeChannel, makeGroup, makeIncident, makeService, publish } from '../helpers/factories';

const SCRIPT = '<script>alert("x")</script>';
const HOSTILE = `${SCRIPT} ]]> & "quotes" 'apos' <img src=x onerror=alert(1)> \u202Eevil\u202C مرحبا 🚒`;

describe('hostile content on the public pages', () => {
  it('escapes markup in every admin-entered field and keeps the text intact', async () => {
    const { app, db, clock } = await createTestApp();
    const group = await makeGroup(db, clock, { sv: `Grupp ${HOSTILE}`, en: 'Group' });
    const service = await makeService(db, clock, {
      groupId: group,
      slug: 'hostile',
      sv: { name: `Namn ${HOSTILE}`, description: `Beskrivning ${HOSTILE}`, workaround: `Gör ${HOSTILE}`, restorationNote: `Snart ${HOSTILE}` },
    });
    await makeChannel(db, clock, { address: `0123 ${SCRIPT}`, texts: { sv: { name: `Kanal ${HOSTILE}`, note: `Not ${HOSTILE}` } } });
    const incident = await makeIncident(db, clock, {
      slug: 'hostile-incident',
      texts: { sv: { title: `Rubrik ${HOSTILE}`, whatHappened: `Hänt ${HOSTILE}`, whoToContact: `Kontakt ${HOSTILE}` } },
    });
    await publish(db, clock, {
      incidentId: incident.id,
      texts: { sv: `Uppdatering ${HOSTILE}` },
      changes: [{ serviceId: service.id, to: 'down' }],
    });

    for (const path of ['/', '/tjanster/hostile', '/handelser/hostile-incident', '/historik', '/en/']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).not.toContain('<script>');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).toContain('&lt;script&gt;');
      expect(visibleText(html), path).toContain(HOSTILE.replace(/\s+/g, ' '));
    }
  });

  it('serves a 100 KB update body whole', async () => {
    const { app, db, clock } = await createTestApp();
    const incident = await makeIncident(db, clock, { slug: 'long' });
    const body = `Början. ${'lång text '.repeat(10_000)}Slut.`;
    await publish(db, clock, { incidentId: incident.id, texts: { sv: body } });
    const text = visibleText(await (await app.request('/handelser/long')).text());
    expect(text).toContain('Början.');
    expect(text).toContain('Slut.');
  });
});
