/**
 * The update form on an incident's page has one list of services, as the creation form has
 * (issue 12): each service once, "affected" and its status side by side. Ticking a service makes
 * it affected, a new status changes it in the same update, unticking one takes it out of the
 * incident — all in the one write that publishes the update.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/app';
import { makeService } from '../helpers/factories';
import { formFields } from '../helpers/form-fields';
import { createThroughConsole, editorWithServices, revisionOf } from './incidents-support';

async function incidentAffecting(which: 'minaSidor' | 'both') {
  const setup = await editorWithServices();
  const larm = await makeService(setup.db, setup.clock, { groupId: (await setup.db.query.serviceGroups.findFirst())!.id, slug: 'trygghetslarm', sv: { name: 'Trygghetslarm' }, en: { name: 'Safety alarms' } });
  const serviceIds = which === 'both' ? [String(setup.minaSidor.id), String(setup.epost.id)] : [String(setup.minaSidor.id)];
  const id = await createThroughConsole(setup, { serviceIds });
  return { ...setup, larm, id };
}

async function updateForm(setup: Awaited<ReturnType<typeof incidentAffecting>>) {
  const html = await (await setup.browser.get(`/admin/incidents/${setup.id}`)).text();
  return { html, fields: formFields(html, `/admin/incidents/${setup.id}/updates`) };
}

async function affectedIds(setup: Awaited<ReturnType<typeof incidentAffecting>>): Promise<number[]> {
  const incident = await setup.db.query.incidents.findFirst({ with: { services: true } });
  return incident!.services.map((row) => row.serviceId).sort((a, b) => a - b);
}

describe('the update form: one list of services with their status', () => {
  it('shows each service once, the affected ones ticked and first, the others a tap away', async () => {
    const setup = await incidentAffecting('minaSidor');
    const { html, fields } = await updateForm(setup);
    const form = html.slice(html.indexOf('id="post-update"'), html.indexOf('id="update-preview"'));
    for (const service of [setup.minaSidor, setup.epost, setup.larm]) expect(form.split(`name="status.${service.id}"`), service.slug).toHaveLength(2);
    expect([fields.serviceIds].flat()).toEqual([String(setup.minaSidor.id)]);
    expect(visibleText(form)).toMatch(/Berörda tjänster[\s\S]*Berörd: Mina sidor[\s\S]*Andra tjänster[\s\S]*Berörd: E-post/);
    // No second status list beside it, and ids distinct from the notice form's list on the same page.
    expect(form).not.toContain('Ändra tjänsternas status');
    expect(html.match(/id="f-serviceIds"/g)).toHaveLength(1);
    expect(html).toContain('id="upd-serviceIds"');
  });

  it('ticking a service with a status makes it affected and changes it in the same update, one write', async () => {
    const setup = await incidentAffecting('minaSidor');
    const { fields } = await updateForm(setup);
    const before = await revisionOf(setup);
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, {
      ...fields,
      'update.sv': 'Nu fungerar inte heller trygghetslarmen.',
      serviceIds: [String(setup.minaSidor.id), String(setup.larm.id)],
      [`status.${setup.larm.id}`]: 'down',
    });
    expect(response.status).toBe(303);
    expect(await revisionOf(setup)).toBe(before + 1);
    expect(await affectedIds(setup)).toEqual([setup.minaSidor.id, setup.larm.id].sort((a, b) => a - b));
    expect(visibleText(await (await setup.app.request('/')).text())).toMatch(/Trygghetslarm\s+Ur funktion/);
    const after = await updateForm(setup);
    expect([after.fields.serviceIds].flat().sort()).toEqual([String(setup.minaSidor.id), String(setup.larm.id)].sort());
  });

  it('ticking a service without a new status makes it affected and keeps its status', async () => {
    const setup = await incidentAffecting('minaSidor');
    const { fields } = await updateForm(setup);
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, { ...fields, 'update.sv': 'E-posten berörs också.', serviceIds: [String(setup.minaSidor.id), String(setup.epost.id)] });
    expect(response.status).toBe(303);
    expect(await affectedIds(setup)).toEqual([setup.minaSidor.id, setup.epost.id].sort((a, b) => a - b));
    expect(visibleText(await (await setup.app.request('/')).text())).toMatch(/E-post\s+Fungerar/);
  });

  it('unticking an affected service takes it out of the incident with the update; an older client that sends no list takes nothing out', async () => {
    const setup = await incidentAffecting('both');
    const { fields } = await updateForm(setup);
    expect([fields.wasAffected].flat().sort()).toEqual([String(setup.minaSidor.id), String(setup.epost.id)].sort());
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, { ...fields, 'update.sv': 'E-posten berörs inte längre.', serviceIds: [String(setup.minaSidor.id)] });
    expect(response.status).toBe(303);
    expect(await affectedIds(setup)).toEqual([setup.minaSidor.id]);
    const audit = await setup.db.query.auditLog.findMany({ where: (log, { eq }) => eq(log.action, 'update.publish') });
    expect(JSON.stringify(audit.at(-1)!.after)).toContain(`"unaffected":[${setup.epost.id}]`);

    const again = await updateForm(setup);
    const { serviceIds: _ticked, wasAffected: _was, ...withoutList } = again.fields;
    expect((await setup.browser.post(`/admin/incidents/${setup.id}/updates`, { ...withoutList, 'update.sv': 'Ingen lista.' })).status).toBe(303);
    expect(await affectedIds(setup)).toEqual([setup.minaSidor.id]);
  });

  it('a service unticked but given a new status stays affected (the status wins)', async () => {
    const setup = await incidentAffecting('both');
    const { fields } = await updateForm(setup);
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, {
      ...fields,
      'update.sv': 'E-posten återuppbyggs.',
      serviceIds: [String(setup.minaSidor.id)],
      [`status.${setup.epost.id}`]: 'rebuilding',
    });
    expect(response.status).toBe(303);
    expect(await affectedIds(setup)).toEqual([setup.minaSidor.id, setup.epost.id].sort((a, b) => a - b));
  });

  it('keeps the ticks as the editor left them when the form comes back with an error', async () => {
    const setup = await incidentAffecting('minaSidor');
    const { fields } = await updateForm(setup);
    const response = await setup.browser.post(`/admin/incidents/${setup.id}/updates`, { ...fields, 'update.sv': '', serviceIds: [String(setup.larm.id)] });
    expect(response.status).toBe(422);
    const kept = formFields(await response.text(), `/admin/incidents/${setup.id}/updates`);
    expect([kept.serviceIds].flat()).toEqual([String(setup.larm.id)]);
    expect(await affectedIds(setup)).toEqual([setup.minaSidor.id]);
  });
});
