// What the collector's tests and its bench share: the two databases every test runs against, well-formed receipts,
// and the collector started as a process.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresMissing, startPostgres } from './postgres-server.js';

export const ORIGIN = 'https://www.shop.example';
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/**
 * The databases a suite runs on. `open()` gives the collector options for a fresh, empty one; `server` can stop
 * and restart PostgreSQL for the fault tests.
 */
export const DATABASES = [
  {
    name: 'PGlite',
    skip: false,
    async open() {
      const dataDir = mkdtempSync(join(tmpdir(), 'assent-pglite-'));
      return {
        options: { dataDir },
        server: null,
        cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    skip: postgresMissing ?? false,
    async open() {
      const server = await startPostgres();
      return { options: { databaseUrl: server.url }, server, cleanup: () => server.stop() };
    },
  },
];

/** A fresh decision id, as the consent store makes them. */
export const newId = () => randomBytes(8).toString('hex');

/**
 * A well-formed receipt; `changes` replace fields.
 * @param {Record<string, unknown>} [changes]
 */
export function receipt(changes = {}) {
  return {
    id: newId(),
    decidedAt: new Date().toISOString(),
    policyVersion: '2026-01',
    method: 'custom',
    granted: ['analytics'],
    denied: ['preferences', 'marketing'],
    gpc: false,
    dnt: false,
    language: 'en',
    origin: ORIGIN,
    path: '/checkout',
    ...changes,
  };
}

/**
 * Sends a receipt the way a page does.
 * @param {string} base @param {unknown} body @param {Record<string, string>} [headers]
 */
export async function send(base, body, headers = {}) {
  const response = await fetch(`${base}/v1/receipts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/**
 * An admin request.
 * @param {string} base @param {string} path @param {RequestInit} [init]
 */
export function admin(base, path, init = {}) {
  return fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers } });
}

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));

/**
 * Starts the collector's command (cli.js) on a free port, for this origin and without a rate limit that a load
 * would reach; resolves once it listens. It is killed if this process exits first.
 * @example
 * const { child, url } = await startCollectorProcess({ ASSENT_DATA_DIR: dataDir });
 * @param {Record<string, string>} env
 */
export async function startCollectorProcess(env) {
  const child = spawn(process.execPath, [CLI], {
    env: { ...process.env, PORT: '0', ASSENT_ORIGINS: ORIGIN, ASSENT_RATE_LIMIT: '1000000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const killWithUs = () => child.kill('SIGKILL');
  process.once('exit', killWithUs);
  child.once('exit', () => process.off('exit', killWithUs));
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /listening on (http:\/\/\S+),/.exec(output);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the collector exited (${code}) before listening:\n${output}`)));
  });
  return { child, url: /** @type {string} */ (url) };
}
