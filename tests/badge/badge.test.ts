/**
 * Status badges as another site shows them: an SVG image that says the state in words (with
 * icon and colour), names itself for assistive technology, keeps every name escaped, fits its
 * text, and may be shown and fetched from any origin.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteCss } from '../../views/assets/styles';
import { BADGE_COLOURS, layoutBadge } from '../../src/badge/badge';
import { calcWidth } from 'badgen';
import { createTestApp } from '../helpers/app';
import { makeGroup, makeService, setStatus } from '../helpers/factories';
import { expectWellFormed } from '../helpers/feeds';
import { LITERAL_ENTITIES, MARKUP } from '../helpers/hostile';

interface SvgText {
  '#text': string;
  '@_x': string;
  '@_textLength': string;
  '@_lengthAdjust': string;
}

interface ParsedBadge {
  width: number;
  height: number;
  viewBox: number[];
  role: string;
  labelledBy: string;
  title: { id: string; text: string };
  rects: { x: number; width: number; fill: string }[];
  texts: { x: number; width: number; text: string; adjust: string }[];
  iconColour: string;
}

// htmlEntities: numeric character references too (the view writes ' as &#39;), decoded once.
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true });

function parseBadge(svg: string): ParsedBadge {
  expectWellFormed(svg);
  const root = parser.parse(svg).svg;
  const texts = root.g.text as SvgText[];
  return {
    width: Number(root['@_width']),
    height: Number(root['@_height']),
    viewBox: String(root['@_viewBox']).split(' ').map(Number),
    role: root['@_role'],
    labelledBy: root['@_aria-labelledby'],
    title: { id: root.title['@_id'], text: root.title['#text'] },
    rects: (root.rect as Record<string, string>[]).map((rect) => ({ x: Number(rect['@_x'] ?? 0), width: Number(rect['@_width']), fill: rect['@_fill']! })),
    texts: texts.map((text) => ({ x: Number(text['@_x']), width: Number(text['@_textLength']), text: text['#text'], adjust: text['@_lengthAdjust'] })),
    iconColour: root.svg['@_color'],
  };
}

/** Every text fits its box: its estimated width is the drawn width, and it ends before the box does. */
function expectConsistentWidths(badge: ParsedBadge) {
  const [label, status] = badge.texts;
  const [labelBox, statusBox] = badge.rects;
  expect(badge.viewBox).toEqual([0, 0, badge.width * 10, badge.height * 10]);
  expect(labelBox!.width + statusBox!.width).toBe(badge.viewBox[2]);
  expect(statusBox!.x).toBe(labelBox!.width);
  for (const [text, box] of [
    [label!, labelBox!],
    [status!, statusBox!],
  ] as const) {
    expect(text.width).toBe(calcWidth(text.text));
    expect(text.adjust).toBe('spacingAndGlyphs');
    expect(text.x).toBeGreaterThan(box.x);
    expect(text.x + text.width).toBeLessThanOrEqual(box.x + box.width - 60);
  }
}

async function siteWithService(name: string) {
  const context = await createTestApp();
  const group = await makeGroup(context.db, context.clock);
  const service = await makeService(context.db, context.clock, { groupId: group, slug: 'tjansten', sv: { name }, en: { name: `${name} (en)` } });
  return { ...context, service };
}

describe('the overall badge', () => {
  it('says the state in words with the organisation, as an accessible SVG image, in both languages', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const response = await app.request('/badge.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('set-cookie')).toBeNull();
    const badge = parseBadge(await response.text());
    expect(badge.role).toBe('img');
    expect(badge.labelledBy).toBe(badge.title.id);
    expect(badge.title.text).toBe('Exempelviks kommun: Flera tjänster fungerar inte just nu');
    expect(badge.texts.map((text) => text.text)).toEqual(['Exempelviks kommun', 'Flera tjänster fungerar inte just nu']);
    // Several services down in the example: the "down" red, the same as the site's.
    expect(badge.rects[1]!.fill).toBe(BADGE_COLOURS.bad);
    expect(badge.iconColour).toBe(BADGE_COLOURS.bad);
    expectConsistentWidths(badge);

    const english = parseBadge(await (await app.request('/en/badge.svg')).text());
    expect(english.title.text).toBe('Exempelvik Municipality: Several services are not working right now');
  });

  it('turns green with the words when everything works', async () => {
    const { app, db, clock, service } = await siteWithService('E-post');
    await setStatus(db, clock, service.id, 'operational');
    const badge = parseBadge(await (await app.request('/badge.svg')).text());
    expect(badge.texts[1]!.text).toBe('Alla tjänster fungerar');
    expect(badge.rects[1]!.fill).toBe(BADGE_COLOURS.ok);
  });
});

describe('a service badge', () => {
  it('says the service and its status, in each language, at the service page address + /badge.svg', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    const swedish = parseBadge(await (await app.request('/tjanster/vatten-och-avfallsfakturor/badge.svg')).text());
    expect(swedish.title.text).toBe('Abonnemang och fakturor för vatten och avfall: Återuppbyggs');
    expect(swedish.rects[1]!.fill).toBe(BADGE_COLOURS.info);
    expectConsistentWidths(swedish);
    const english = parseBadge(await (await app.request('/en/services/vatten-och-avfallsfakturor/badge.svg')).text());
    expect(english.texts[1]!.text).toBe('Being rebuilt');
  });

  it('answers 404 for an unknown service or a slug that cannot be one, and redirects the default language to the root', async () => {
    const { app } = await createTestApp({ seed: 'example' });
    expect((await app.request('/tjanster/finns-inte/badge.svg')).status).toBe(404);
    expect((await app.request('/tjanster/Inte%20s%C3%A5/badge.svg')).status).toBe(404);
    const redirect = await app.request('/sv/tjanster/mina-sidor/badge.svg');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tjanster/mina-sidor/badge.svg');
  });

  it('keeps long Swedish words inside their boxes, and a longer text makes a wider badge', async () => {
    const long = 'Försörjningsstödshandläggningssystemets ärendehanteringsfunktionalitet';
    const { app, db, clock, service } = await siteWithService(long);
    await setStatus(db, clock, service.id, 'lost');
    const badge = parseBadge(await (await app.request('/tjanster/tjansten/badge.svg')).text());
    expect(badge.texts.map((text) => text.text)).toEqual([long, 'Kommer inte att återställas']);
    expect(badge.rects[1]!.fill).toBe(BADGE_COLOURS.lost);
    expectConsistentWidths(badge);
    expect(badge.width).toBeGreaterThan(layoutBadge('Kort', 'Kommer inte att återställas').width / 10);
    // Wide letters take more room than narrow ones: the estimate is per character.
    expect(layoutBadge('WWWW', 'x').label.width).toBeGreaterThan(layoutBadge('iiii', 'x').label.width * 2);
  });

  it('escapes hostile names and keeps them exact', async () => {
    const { app, db, clock, service } = await siteWithService(`${MARKUP} ${LITERAL_ENTITIES}`);
    await setStatus(db, clock, service.id, 'down');
    const svg = await (await app.request('/tjanster/tjansten/badge.svg')).text();
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    const badge = parseBadge(svg);
    expect(badge.texts[0]!.text).toBe(`${MARKUP} ${LITERAL_ENTITIES}`);
    expect(badge.title.text).toBe(`${MARKUP} ${LITERAL_ENTITIES}: Ur funktion`);
    expectConsistentWidths(badge);
  });
});

describe('serving badges', () => {
  it('is cached per revision (ETag, 304), changes with a publication, and is open to every origin', async () => {
    const { app, db, clock, service } = await siteWithService('E-post');
    const first = await app.request('/tjanster/tjansten/badge.svg', { headers: { Origin: 'https://tidning.example' } });
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    // Shown as an image on other sites: the app's same-origin resource policy is lifted here only.
    expect(first.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await app.request('/')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const etag = first.headers.get('etag')!;
    expect((await app.request('/tjanster/tjansten/badge.svg', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    await setStatus(db, clock, service.id, 'down');
    const after = await app.request('/tjanster/tjansten/badge.svg', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(parseBadge(await after.text()).texts[1]!.text).toBe('Ur funktion');
    const preflight = await app.request('/badge.svg', {
      method: 'OPTIONS',
      headers: { Origin: 'https://tidning.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('uses the site’s own status colours', () => {
    const variables = Object.fromEntries([...siteCss.matchAll(/--([a-z]+):(#[0-9a-f]{6})/g)].map((match) => [match[1], match[2]]));
    for (const [tone, colour] of Object.entries(BADGE_COLOURS)) expect(variables[tone], tone).toBe(colour);
  });
});
