// A web-test-runner plugin that gives the browser tests a real collector: on PostgreSQL when it is installed, on
// PGlite otherwise. Started on first use, stopped with the test server.
//
// Commands (each must answer within 20 s, and a first start on a busy machine can take longer, so a start answers
// { starting: true } until the collector listens):
// - `collector` ({ own?: string }): the shared collector's URL; with `own`, a collector on a PostgreSQL server of
//   its own for that key, which one test may stop and start without touching the others. The three browsers run
//   the same tests at once: a shared database that one of them stopped failed the others' tests.
// - `collector-database` ({ own: string, up: boolean }): stops or restarts the database of an `own` collector.
// - `collector-history` ({ subject }): the shared collector's receipts for one customer id.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCollector } from '../../../collector/src/serve-collector.js';
import { subjectHistory } from '../../../collector/src/receipts/read-receipts.js';
import { postgresMissing, startPostgres } from '../../../collector/src/test/postgres-server.js';

/**
 * @param {string} pageOrigin
 * @param {{ ownDatabase: boolean }} options
 */
async function startCollector(pageOrigin, { ownDatabase }) {
  const server = postgresMissing ? null : await startPostgres();
  if (ownDatabase && !server) throw new Error(`no database of its own: ${postgresMissing}`);
  const dataDir = server ? undefined : mkdtempSync(join(tmpdir(), 'assent-wtr-pglite-'));
  const running = await serveCollector({
    port: 0,
    ...(server ? { databaseUrl: server.url } : { dataDir }),
    origins: [pageOrigin],
    rateLimit: 10000,
    log: () => {},
  });
  const stop = async () => {
    await running.stop();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { running, server, stop };
}

export function collectorPlugin() {
  let pageOrigin = '';
  /** One collector per key: '' is the shared one, any other key belongs to the test that asked for it. */
  const collectors = new Map();
  const ready = new Map();
  const collectorFor = (/** @type {string} */ key) => {
    if (!collectors.has(key)) {
      const starting = startCollector(pageOrigin, { ownDatabase: key !== '' });
      collectors.set(key, starting);
      starting.then((value) => ready.set(key, value)).catch(() => {});
    }
    return collectors.get(key);
  };
  return {
    name: 'assent-collector',
    serverStart({ config }) {
      pageOrigin = `http://${config.hostname}:${config.port}`;
    },
    async serverStop() {
      const all = await Promise.allSettled(collectors.values());
      for (const result of all) if (result.status === 'fulfilled') await result.value.stop();
    },
    async executeCommand({ command, payload }) {
      if (!command.startsWith('collector')) return undefined;
      const key = typeof payload?.own === 'string' ? payload.own : '';
      if (command === 'collector' && postgresMissing && key !== '') return { missing: postgresMissing };
      const starting = collectorFor(key);
      if (command === 'collector' && !ready.has(key)) return { starting: true };
      const { running, server } = await starting;
      if (command === 'collector')
        return { url: `${pageOrigin.replace(/:\d+$/, '')}:${running.port}`, database: server ? 'postgres' : 'pglite' };
      if (command === 'collector-database') {
        if (key === '') throw new Error('only a collector of its own ({ own }) may have its database stopped');
        await (payload.up ? server.up() : server.down());
        return true;
      }
      if (command === 'collector-history') return subjectHistory(running.collector.db, payload.subject);
      return undefined;
    },
  };
}
