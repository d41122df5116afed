/** Shared set-up for the incidents area tests: an editor, two services, form bodies. */
import { createTestApp, type TestContext } from '../helpers/app';
import { Browser, makeUser } from '../helpers/admin';
import { makeGroup, makeService } from '../helpers/factories';

export const HOSTILE = `<script>alert(1)</script> ]]> & "quotes" 'apos' <img src=x onerror=alert(1)>`;
export const HTMX = { headers: { 'HX-Request': 'true' } };

export async function editorWithServices(options: { now?: string } = {}) {
  const context = await createTestApp({ now: options.now });
  const group = await makeGroup(context.db, context.clock);
  const minaSidor = await makeService(context.db, context.clock, { groupId: group, slug: 'mina-sidor', sv: { name: 'Mina sidor' }, en: { name: 'My pages' } });
  const epost = await makeService(context.db, context.clock, { groupId: group, slug: 'e-post', sv: { name: 'E-post' }, en: { name: 'E-mail' } });
  const { password } = await makeUser(context, { username: 'redaktor', role: 'editor' });
  const browser = new Browser(context.app);
  await browser.signIn('redaktor', password);
  return { ...context, browser, minaSidor, epost };
}

export type Setup = Awaited<ReturnType<typeof editorWithServices>>;

/** A complete, valid "new incident" form; override any field. */
export function newIncidentForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    slug: 'it-angrepp',
    impact: 'major',
    phase: 'investigating',
    'sv.title': 'IT-angrepp mot leverantör',
    'sv.whatHappened': 'Vår leverantör har drabbats av ett IT-angrepp.',
    'sv.affectsMe': 'Mina sidor och e-post fungerar inte.',
    'sv.whatWeAreDoing': 'Vi arbetar med leverantören.',
    'sv.whatYouShouldDo': 'Ring kontaktcenter.',
    'sv.whoToContact': 'Kontaktcenter, 0123-45 67 00.',
    'en.title': '',
    'en.whatHappened': '',
    'en.affectsMe': '',
    'en.whatWeAreDoing': '',
    'en.whatYouShouldDo': '',
    'en.whoToContact': '',
    nextUpdateDate: '',
    nextUpdateTime: '',
    'update.sv': '',
    'update.en': '',
    ...overrides,
  };
}

/** Creates an incident through the console (no JavaScript); returns its id. */
export async function createThroughConsole(setup: Pick<Setup, 'browser'>, overrides: Record<string, string | string[]> = {}): Promise<number> {
  await setup.browser.get('/admin/incidents/new');
  const response = await setup.browser.post('/admin/incidents', newIncidentForm(overrides));
  if (response.status !== 303) throw new Error(`create answered ${response.status}: ${await response.text()}`);
  return Number(/\/admin\/incidents\/(\d+)/.exec(response.headers.get('location')!)![1]);
}

/** The hidden version fields of the update form on the incident page. */
export async function updateFormVersions(setup: Pick<Setup, 'browser'>, incidentId: number): Promise<Record<string, string>> {
  const html = await (await setup.browser.get(`/admin/incidents/${incidentId}`)).text();
  const form = html.slice(html.indexOf('id="post-update"'), html.indexOf('id="update-preview"'));
  const fields: Record<string, string> = {};
  for (const match of form.matchAll(/<input type="hidden" name="((?:version\.\d+)|incidentVersion)" value="(\d+)"/g)) fields[match[1]!] = match[2]!;
  return fields;
}

export async function revisionOf(context: Pick<TestContext, 'db'>): Promise<number> {
  const row = await context.db.query.publicRevision.findFirst();
  return row?.revision ?? 0;
}

/**
 * The updates of incidents posted after each incident's first (every new incident opens with
 * one, so it is in the feeds from its first moment), oldest first.
 */
export async function updatesAfterTheFirst(context: Pick<TestContext, 'db'>) {
  const rows = await context.db.query.updates.findMany({ orderBy: (row, { asc }) => asc(row.id) });
  const seen = new Set<number>();
  return rows.filter((row) => {
    if (row.incidentId === null) return false;
    if (seen.has(row.incidentId)) return true;
    seen.add(row.incidentId);
    return false;
  });
}
