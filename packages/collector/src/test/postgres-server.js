// A real PostgreSQL server for the tests, on a temporary folder and a free loopback port, stopped afterwards.
// The installed binaries are started here, for a developer and for CI alike; without them the PostgreSQL tests are
// skipped with the reason.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findBinaries() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (bin) return bin;
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return onPath ? onPath.replace(/\/initdb$/, '') : null;
}

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export const postgresMissing = findBinaries()
  ? null
  : 'PostgreSQL is not installed (apt-get install postgresql; .ci/run installs it)';

/**
 * A server of its own for one test file. `down()` and `up()` stop and restart it, for the tests of a database that
 * goes away.
 *
 * @example
 * const server = await startPostgres();
 * const collector = await createCollector({ databaseUrl: server.url });
 * await server.stop();
 */
export async function startPostgres() {
  const bin = findBinaries();
  if (!bin) throw new Error(postgresMissing ?? 'no PostgreSQL');
  const dir = mkdtempSync(join(tmpdir(), 'assent-pg-'));
  // PostgreSQL refuses to run as root: the folder is handed to the postgres user, who runs the server.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  // Asynchronous, so that a collector in this process keeps serving while the server starts or stops.
  const run = async (/** @type {string} */ tool, /** @type {string[]} */ args) => {
    const [command, all] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    try {
      await promisify(execFile)(command, all, { cwd: dir });
    } catch (error) {
      throw new Error(`${tool} failed: ${/** @type {any} */ (error).stderr || error}`);
    }
  };
  const port = await freePort();
  const data = join(dir, 'data');
  await run('initdb', ['-D', data, '-A', 'trust', '-U', 'assent', '-E', 'UTF8', '--no-sync']);
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  await start();
  return {
    url: `postgres://assent@127.0.0.1:${port}/postgres`,
    /** The server's main process (its connections run as its children), for the bench's CPU accounting. */
    pid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    async down() {
      await run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    async up() {
      await start();
    },
    async stop() {
      await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
