/**
 * Planned maintenance in the console (no JavaScript): scheduling one through the form shows it
 * on the public overview and in the calendar; a bad window or a stale version comes back with
 * the draft kept (422, 409); rescheduling and status changes move the calendar's SEQUENCE;
 * cancelling asks first and marks the event CANCELLED; every write is audited.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { parseCalendar } from '../maintenance/ical';
import { editorWithServices, HOSTILE, type Setup } from './incidents-support';

// Now: 1 December 2026, 10.00 in Stockholm. The window: 3 December 18.00–20.00 (CET).
const NOW = '2026-12-01T09:00:00Z';

function newForm(setup: Setup, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    'texts.sv.title': 'Uppgradering av Mina sidor',
    'texts.sv.whatHappened': 'Vi byter server.',
    'texts.sv.affectsMe': 'Du kan inte logga in.',
    'texts.en.title': '',
    'texts.en.whatHappened': '',
    'texts.en.affectsMe': '',
    serviceIds: [String(setup.minaSidor.id)],
    startDate: '2026-12-03',
    startTime: '18.00',
    endDate: '2026-12-03',
    endTime: '20.00',
    ...overrides,
  };
}

async function schedule(setup: Setup, overrides: Record<string, string | string[]> = {}): Promise<number> {
  await setup.browser.get('/admin/maintenance/new');
  const response = await setup.browser.post('/admin/maintenance', newForm(setup, overrides));
  if (response.status !== 303) throw new Error(`schedule answered ${response.status}: ${visibleText(await response.text())}`);
  return Number(/\/admin\/maintenance\/(\d+)\?created$/.exec(response.headers.get('location')!)![1]);
}

async function versionOf(setup: Setup, id: number): Promise<string> {
  const incident = await setup.db.query.incidents.findFirst({ where: (incidents, { eq }) => eq(incidents.id, id) });
  return String(incident!.version);
}

async function calendar(setup: Setup) {
  const response = await setup.app.request('/underhall.ics');
  expect(response.status).toBe(200);
  return parseCalendar(await response.text());
}

function auditOf(setup: Setup, action: string) {
  return setup.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, action) });
}

describe('scheduling a maintenance in the console', () => {
  it('shows it on the public overview and in the calendar, at the time typed in the site’s zone, and audits it', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup);
    const detail = visibleText(await (await setup.browser.get(`/admin/maintenance/${id}?created`)).text());
    expect(detail).toContain('Underhållet är planerat och syns på statussidan.');
    expect(detail).toContain('Status nu: Planerat.');

    const overview = visibleText((await (await setup.app.request('/')).text()).replace(/<\/?time\b[^>]*>/g, ''));
    expect(overview).toContain('Planerat underhåll Uppgradering av Mina sidor Planerat underhåll 3 december 2026 kl. 18.00–20.00 Planerat Berörda tjänster: Mina sidor');

    const { events } = await calendar(setup);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toContain('Uppgradering av Mina sidor');
    expect(events[0]!.start.toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(events[0]!.end.toISOString()).toBe('2026-12-03T19:00:00.000Z');
    expect(events[0]!.sequence).toBe(0);

    const list = visibleText(await (await setup.browser.get('/admin/maintenance')).text());
    expect(list).toMatch(/Kommande Rubrik Status Tid Tjänster Uppgradering av Mina sidor Planerat 3 december 2026 kl\. 18\.00 – 3 december 2026 kl\. 20\.00 Mina sidor/);

    const [scheduled] = await auditOf(setup, 'maintenance.schedule');
    expect(scheduled!.username).toBe('redaktor');
    expect(scheduled!.after).toMatchObject({ serviceIds: [setup.minaSidor.id] });
  });

  it('answers 422 for an end before the start, a missing title and no service, keeping what was typed', async () => {
    const setup = await editorWithServices({ now: NOW });
    await setup.browser.get('/admin/maintenance/new');
    const response = await setup.browser.post(
      '/admin/maintenance',
      newForm(setup, { 'texts.sv.title': '', 'texts.sv.whatHappened': HOSTILE, serviceIds: [], endTime: '17.00' }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('Slut: Klockslag: Slutet måste vara efter början.');
    expect(text).toContain('Tjänster som påverkas: Välj minst en tjänst.');
    expect(text).toMatch(/Rubrik \(svenska\): /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toMatch(/name="endTime"[^>]*value="17.00"|value="17.00"[^>]*name="endTime"/);
    expect(html).toMatch(/<title>Fel: /);
    expect(await setup.db.query.maintenances.findMany()).toHaveLength(0);
  });

  it('refuses a time that does not exist when the clocks go forward (422), not a silent shift', async () => {
    const setup = await editorWithServices({ now: '2027-03-01T09:00:00Z' });
    await setup.browser.get('/admin/maintenance/new');
    const response = await setup.browser.post('/admin/maintenance', newForm(setup, { startDate: '2027-03-28', startTime: '02.30', endDate: '2027-03-28', endTime: '05.00' }));
    expect(response.status).toBe(422);
    expect(visibleText(await response.text())).toContain('Början: Klockslag: Den tiden finns inte den dagen (klockan ställs om).');
  });
});

describe('changing a maintenance in the console', () => {
  it('reschedules it: the calendar’s SEQUENCE moves on and the overview shows the new time; once started only the end may move', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup);
    await setup.browser.get(`/admin/maintenance/${id}`);
    const moved = await setup.browser.post(`/admin/maintenance/${id}/reschedule`, {
      version: await versionOf(setup, id),
      startDate: '2026-12-04',
      startTime: '19.00',
      endDate: '2026-12-04',
      endTime: '21.30',
    });
    expect(moved.status).toBe(303);
    const [event] = (await calendar(setup)).events;
    expect(event!.sequence).toBe(1);
    expect(event!.start.toISOString()).toBe('2026-12-04T18:00:00.000Z');
    expect(event!.end.toISOString()).toBe('2026-12-04T20:30:00.000Z');
    expect(await auditOf(setup, 'maintenance.reschedule')).toHaveLength(1);
    const overview = visibleText((await (await setup.app.request('/')).text()).replace(/<\/?time\b[^>]*>/g, ''));
    expect(overview).toContain('Planerat underhåll 4 december 2026 kl. 19.00–21.30');

    // Started early: the start is fixed now, and moving it anyway is the store's refusal, next to the field.
    await setup.browser.post(`/admin/maintenance/${id}/status`, { version: await versionOf(setup, id), action: 'start' });
    const refused = await setup.browser.post(`/admin/maintenance/${id}/reschedule`, {
      version: await versionOf(setup, id),
      startDate: '2026-12-04',
      startTime: '20.00',
      endDate: '2026-12-04',
      endTime: '22.00',
    });
    expect(refused.status).toBe(422);
    const text = visibleText(await refused.text());
    expect(text).toContain('Början: Datum: Det här går inte att ändra när underhållet har börjat.');
    const page = visibleText(await (await setup.browser.get(`/admin/maintenance/${id}`)).text());
    expect(page).toContain('Underhållet har börjat: bara slutet kan ändras.');
  });

  it('starts it early: its services show "Planerat underhåll", the calendar moves on, and it is audited', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup);
    const before = visibleText(await (await setup.app.request('/tjanster/mina-sidor')).text());
    expect(before).toContain('Status just nu Fungerar');
    await setup.browser.get(`/admin/maintenance/${id}`);
    const started = await setup.browser.post(`/admin/maintenance/${id}/status`, { version: await versionOf(setup, id), action: 'start' });
    expect(started.status).toBe(303);
    expect((await setup.db.query.services.findFirst({ where: (services, { eq }) => eq(services.id, setup.minaSidor.id) }))!.status).toBe('maintenance');
    const service = visibleText(await (await setup.app.request('/tjanster/mina-sidor')).text());
    expect(service).toContain('Status just nu Planerat underhåll');
    const other = visibleText(await (await setup.app.request('/tjanster/e-post')).text());
    expect(other).toContain('Status just nu Fungerar');
    const [event] = (await calendar(setup)).events;
    expect(event!.sequence).toBe(1);
    const [audited] = await auditOf(setup, 'maintenance.status');
    expect(audited!.after).toMatchObject({ status: 'in_progress' });
    const detail = visibleText(await (await setup.browser.get(`/admin/maintenance/${id}?statusChanged`)).text());
    expect(detail).toContain('Status nu: Pågår.');
    expect(detail).toContain('Kontrollera');
    expect(detail).toContain('Klart nu');
  });

  it('cancels it only after the confirmation step: STATUS:CANCELLED in the calendar, gone from the upcoming list', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup);
    const confirm = await setup.browser.get(`/admin/maintenance/${id}/cancel`);
    expect(visibleText(await confirm.text())).toContain('Ställa in ”Uppgradering av Mina sidor”?');
    // A post without the confirmation button asks again and changes nothing.
    const stray = await setup.browser.post(`/admin/maintenance/${id}/cancel`, { version: await versionOf(setup, id) });
    expect(stray.status).toBe(422);
    expect((await calendar(setup)).events[0]!.status).toBe('CONFIRMED');

    const cancelled = await setup.browser.post(`/admin/maintenance/${id}/cancel`, { version: await versionOf(setup, id), confirm: 'yes' });
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get('location')).toBe('/admin/maintenance?cancelled');
    expect((await calendar(setup)).events[0]!.status).toBe('CANCELLED');
    const list = visibleText(await (await setup.browser.get('/admin/maintenance?cancelled')).text());
    expect(list).toContain('Underhållet är inställt.');
    expect(list).toContain('Kommande Inget underhåll är planerat.');
    expect(list).toMatch(/Avslutade och inställda .*Uppgradering av Mina sidor Inställt/);
    expect(visibleText(await (await setup.app.request('/')).text())).not.toContain('Uppgradering av Mina sidor');
    const [audited] = await auditOf(setup, 'maintenance.status');
    expect(audited!.after).toMatchObject({ status: 'cancelled' });
  });

  it('answers 409 to a stale version with the newer state and keeps the draft (texts and window)', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup);
    const stale = await versionOf(setup, id);
    // Someone else edits the texts meanwhile.
    await setup.browser.get(`/admin/maintenance/${id}`);
    const saved = await setup.browser.post(`/admin/maintenance/${id}/texts`, newForm(setup, { version: stale, 'texts.sv.title': 'Ny rubrik från en kollega' }));
    expect(saved.status).toBe(303);
    const [edited] = await auditOf(setup, 'incident.update-notice');
    expect(edited!.username).toBe('redaktor');

    const conflict = await setup.browser.post(`/admin/maintenance/${id}/texts`, newForm(setup, { version: stale, 'texts.sv.title': 'Mitt utkast' }));
    expect(conflict.status).toBe(409);
    const html = await conflict.text();
    const text = visibleText(html);
    expect(text).toContain('Någon annan hann ändra detta efter att du öppnade sidan.');
    expect(text).toContain('Ny rubrik från en kollega');
    expect(html).toContain('value="Mitt utkast"');

    const moved = await setup.browser.post(`/admin/maintenance/${id}/reschedule`, { version: stale, startDate: '2026-12-05', startTime: '07.15', endDate: '2026-12-05', endTime: '09.00' });
    expect(moved.status).toBe(409);
    expect(await moved.text()).toContain('value="07.15"');
    expect((await calendar(setup)).events[0]!.sequence).toBe(0);

    const started = await setup.browser.post(`/admin/maintenance/${id}/status`, { version: stale, action: 'start' });
    expect(started.status).toBe(409);
    expect(visibleText(await started.text())).toContain('Status nu: Planerat.');
    expect((await setup.db.query.maintenances.findFirst())!.status).toBe('scheduled');
  });

  it('edits the texts and, while still ahead, the services; once started the services are not on the form', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup);
    await setup.browser.get(`/admin/maintenance/${id}`);
    const none = await setup.browser.post(`/admin/maintenance/${id}/texts`, newForm(setup, { version: await versionOf(setup, id), serviceIds: [] }));
    expect(none.status).toBe(422);
    expect(visibleText(await none.text())).toContain('Tjänster som påverkas: Välj minst en tjänst.');
    const saved = await setup.browser.post(
      `/admin/maintenance/${id}/texts`,
      newForm(setup, { version: await versionOf(setup, id), 'texts.sv.title': 'Byte av server', 'texts.en.title': 'Server swap', serviceIds: [String(setup.minaSidor.id), String(setup.epost.id)] }),
    );
    expect(saved.status).toBe(303);
    const overview = visibleText((await (await setup.app.request('/')).text()).replace(/<\/?time\b[^>]*>/g, ''));
    expect(overview).toContain('Byte av server Planerat underhåll 3 december 2026 kl. 18.00–20.00 Planerat Berörda tjänster: Mina sidor , E-post');
    expect(visibleText(await (await setup.app.request('/en/')).text())).toContain('Server swap');

    await setup.browser.post(`/admin/maintenance/${id}/status`, { version: await versionOf(setup, id), action: 'start' });
    const page = await (await setup.browser.get(`/admin/maintenance/${id}`)).text();
    expect(page).not.toContain('name="serviceIds"');
  });

  it('escapes hostile text on the list, the detail page and the cancel confirmation', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup, { 'texts.sv.title': HOSTILE, 'texts.sv.whatHappened': HOSTILE });
    for (const path of ['/admin/maintenance', `/admin/maintenance/${id}`, `/admin/maintenance/${id}/cancel`]) {
      const html = await (await setup.browser.get(path)).text();
      expect(html, path).not.toContain('<script>alert(1)');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('publishes an update on the maintenance that the public page shows', async () => {
    const setup = await editorWithServices({ now: NOW });
    const id = await schedule(setup);
    await setup.browser.get(`/admin/maintenance/${id}`);
    const empty = await setup.browser.post(`/admin/maintenance/${id}/updates`, { version: await versionOf(setup, id), 'update.sv': '', 'update.en': '' });
    expect(empty.status).toBe(422);
    const posted = await setup.browser.post(`/admin/maintenance/${id}/updates`, { version: await versionOf(setup, id), 'update.sv': 'Vi börjar en kvart tidigare med förberedelser.', 'update.en': '' });
    expect(posted.status).toBe(303);
    const slug = (await setup.db.query.incidents.findFirst({ where: (incidents, { eq }) => eq(incidents.id, id) }))!.slug;
    expect(visibleText(await (await setup.app.request(`/handelser/${slug}`)).text())).toContain('Vi börjar en kvart tidigare med förberedelser.');
  });

  it('is for signed-in people only', async () => {
    const setup = await editorWithServices({ now: NOW });
    const anonymous = await setup.app.request('/admin/maintenance');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toMatch(/^\/admin\/login/);
  });
});
