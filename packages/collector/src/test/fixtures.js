// What the collector's tests share: the two databases every test runs against, and well-formed receipts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
