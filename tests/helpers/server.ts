/**
 * Serves an app over real HTTP on a loopback port chosen by the OS, for browser tests: an app
 * made by createApp through the server src/node.ts listens with (createNodeServer: the front,
 * then node:http), anything else that only has `fetch` through @hono/node-server.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { ReadyResponses } from '../../src/http/ready-responses';
import { createNodeServer } from '../../src/node-listener';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

export function startServer(app: { fetch: Fetch; readyResponses?: ReadyResponses }): Promise<RunningServer> {
  return new Promise((resolve) => {
    const listening = (info: AddressInfo, close: () => Promise<void>) => resolve({ url: `http://127.0.0.1:${info.port}`, close });
    if (app.readyResponses) {
      const server = createNodeServer(app.readyResponses, (request, bindings) => app.fetch(request, bindings));
      server.listen(0, '127.0.0.1', () =>
        listening(server.address() as AddressInfo, () => new Promise((done) => server.close(() => done()))),
      );
      return;
    }
    const server: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      listening(info, () => new Promise((done) => server.close(() => done()))),
    );
  });
}
