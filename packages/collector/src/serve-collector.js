import { serve } from '@hono/node-server';
import { createCollector } from './collector.js';

/**
 * Starts the collector on a port and returns once it listens. `stop()` closes it gracefully: no new connections,
 * requests in flight answered, every acknowledged receipt written, then the database closed.
 *
 * @example
 * const { url, stop } = await serveCollector({ port: 8787, origins: ['https://shop.example'] });
 * @param {import('./collector.js').CollectorOptions & { port?: number, host?: string }} options
 */
export async function serveCollector({ port = 8787, host = '127.0.0.1', ...options }) {
  const collector = await createCollector(options);
  /** @type {import('node:http').Server} */
  const server = await new Promise((resolve) => {
    const started = /** @type {any} */ (
      serve({ fetch: collector.app.fetch, port, hostname: host }, () => resolve(started))
    );
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  let stopped;
  return {
    collector,
    server,
    port: address.port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    stop: () =>
      (stopped ??= (async () => {
        const closed = new Promise((resolve) => server.close(resolve));
        server.closeIdleConnections();
        await closed;
        await collector.close();
      })()),
  };
}
