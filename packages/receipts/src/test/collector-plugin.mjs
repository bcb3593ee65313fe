// A web-test-runner plugin that gives the browser tests a real collector: on PostgreSQL when it is installed
// (so a test can stop the database and start it again), on PGlite otherwise. Started on first use, stopped with
// the test server. Commands: `collector` (its URL, or { starting: true } while it starts: a command must answer within 20 s,
// and a first start on a busy machine can take longer), `collector-database` ({ up: boolean }),
// `collector-history` ({ subject }).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCollector } from '../../../collector/src/serve-collector.js';
import { subjectHistory } from '../../../collector/src/receipts/read-receipts.js';
import { postgresMissing, startPostgres } from '../../../collector/src/test/postgres-server.js';

export function collectorPlugin() {
  let pageOrigin = '';
  let started;
  let ready;
  // How many tests have asked for the database to be down and not yet for it to be up again.
  let downs = 0;
  let changing = Promise.resolve();
  const start = async () => {
    const server = postgresMissing ? null : await startPostgres();
    const dataDir = server ? undefined : mkdtempSync(join(tmpdir(), 'assent-wtr-pglite-'));
    const running = await serveCollector({
      port: 0,
      ...(server ? { databaseUrl: server.url } : { dataDir }),
      origins: [pageOrigin],
      rateLimit: 10000,
      log: () => {},
    });
    return { running, server, dataDir };
  };
  return {
    name: 'assent-collector',
    serverStart({ config }) {
      pageOrigin = `http://${config.hostname}:${config.port}`;
    },
    async serverStop() {
      if (!started) return;
      const { running, server, dataDir } = await started;
      await running.stop();
      await server?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      if (!command.startsWith('collector')) return undefined;
      started ??= start().then((value) => (ready = value));
      if (command === 'collector' && !ready) return { starting: true };
      const { running, server } = await started;
      if (command === 'collector')
        return { url: `${pageOrigin.replace(/:\d+$/, '')}:${running.port}`, database: server ? 'postgres' : 'pglite' };
      if (command === 'collector-database') {
        if (!server) return false;
        // The three browsers share this database and may run the same test at once: it goes down with the first
        // "down" and comes up with the last "up", each change of state made once, one after the other.
        const before = downs;
        downs = Math.max(0, downs + (payload.up ? -1 : 1));
        const change = before == 0 && downs == 1 ? 'down' : before == 1 && downs == 0 ? 'up' : null;
        if (change) changing = changing.then(() => server[change]());
        await changing;
        return true;
      }
      if (command === 'collector-history') return subjectHistory(running.collector.db, payload.subject);
      return undefined;
    },
  };
}
