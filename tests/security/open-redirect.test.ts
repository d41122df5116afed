/**
 * Issue 9, defect 1: the trailing-slash redirect must never send a reader to another host.
 * Paths are sent as they are: through app.request with a full URL, and byte for byte on a
 * socket to a real Node server (whose URL handling differs from fetch's).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { trailingSlashTarget } from '../../src/http/trailing-slash';
import { createTestApp } from '../helpers/app';
import { startServer, type RunningServer } from '../helpers/server';
import { rawRequest } from './raw-http';

const HOSTILE_PATHS = [
  '//evil.example/',
  '//evil.example/a/?q=1',
  '//%5Cevil.example/',
  '/%5Cevil.example/',
  '/%5C%5Cevil.example/',
  '///evil.example/',
  '/%2F/evil.example/',
  '/%09/evil.example/',
  '//evil.example:443/historik/',
];

/** A Location that resolves, as a browser resolves it, to anything but this origin fails. */
function expectSameOrigin(location: string | null | undefined, origin: string) {
  if (location === null || location === undefined) return;
  expect(location).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
  expect(new URL(location, origin).origin).toBe(origin);
  // Browsers treat "\" as "/" in http(s) URLs: the raw header must not start a host either.
  expect(location.replace(/\\/g, '/')).not.toMatch(/^\/\//);
}

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('the trailing-slash redirect stays on this origin', () => {
  it('still forgives a trailing slash on our own pages, keeping the query', async () => {
    const { app } = await createTestApp();
    const plain = await app.request('http://localhost/historik/');
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe('/historik');
    const withQuery = await app.request('http://localhost/historik/?page=2');
    expect(withQuery.headers.get('location')).toBe('/historik?page=2');
    expect((await app.request('http://localhost/en/')).status).toBe(200);
  });

  it.each(HOSTILE_PATHS)('never redirects %s off the origin (app.request with the raw path)', async (path) => {
    const { app } = await createTestApp();
    const response = await app.request(`http://localhost${path}`);
    expect(response.status).toBeLessThan(500);
    expectSameOrigin(response.headers.get('location'), 'http://localhost');
  });

  it('never redirects off the origin through a real Node server, whatever the raw request target', async () => {
    const { app } = await createTestApp();
    const server = await startServer(app);
    servers.push(server);
    for (const target of [...HOSTILE_PATHS, '/\\evil.example/', '/\\/evil.example/', '//evil.example', '/.//evil.example/']) {
      const response = await rawRequest(server.url, { target });
      expect(response.status, target).toBeLessThan(500);
      expectSameOrigin(response.headers.location, server.url.replace(/\/$/, ''));
    }
    // The ordinary case works through the real server too.
    const ordinary = await rawRequest(server.url, { target: '/historik/' });
    expect(ordinary.status).toBe(301);
    expect(ordinary.headers.location).toBe('/historik');
  });
});

describe('trailingSlashTarget', () => {
  it('collapses leading slashes and backslashes to one, and refuses what is left without a path', () => {
    expect(trailingSlashTarget('//evil.example/', '')).toBe('/evil.example');
    expect(trailingSlashTarget('/\\evil.example/', '?q=1')).toBe('/evil.example?q=1');
    expect(trailingSlashTarget('\\\\evil.example/', '')).toBe('/evil.example');
    expect(trailingSlashTarget('//%5Cevil.example/', '')).toBe('/%5Cevil.example');
    expect(trailingSlashTarget('///', '')).toBeNull();
    expect(trailingSlashTarget('/', '')).toBeNull();
    expect(trailingSlashTarget('/en/', '')).toBeNull();
    expect(trailingSlashTarget('/historik', '')).toBeNull();
    expect(trailingSlashTarget('/tjanster/mina-sidor//', '?x=1')).toBe('/tjanster/mina-sidor?x=1');
  });
});
