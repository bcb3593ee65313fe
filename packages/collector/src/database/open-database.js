// One small interface over both databases, so every query and migration is written once:
// PGlite (PostgreSQL compiled to WebAssembly, kept in a folder) by default, a PostgreSQL server with a URL.
import { mkdirSync } from 'node:fs';

/**
 * @typedef {object} Database
 * @property {'pglite' | 'postgres'} kind
 * @property {<T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>} query
 * @property {<T>(work: (query: Database['query']) => Promise<T>) => Promise<T>} transaction
 * @property {() => Promise<void>} close
 */

/**
 * Opens PostgreSQL when `url` is given (`postgres://…`), otherwise PGlite in `dataDir`.
 *
 * @example
 * const db = await openDatabase({ dataDir: '.assent-data' });
 * await db.query('select 1');
 * @param {{ url?: string, dataDir?: string }} where
 * @returns {Promise<Database>}
 */
export async function openDatabase({ url, dataDir }) {
  if (url) return openPostgres(url);
  return openPglite(dataDir ?? '.assent-data');
}

/** @param {string} url */
async function openPostgres(url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5000 });
  // A server that goes away must not crash the collector: requests fail with 503 and the pool reconnects.
  pool.on('error', () => {});
  /** @type {Database['query']} */
  const query = async (sql, params) => (await pool.query(sql, params)).rows;
  return {
    kind: 'postgres',
    query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(async (sql, params) => (await client.query(sql, params)).rows);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** @param {string} dataDir */
async function openPglite(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  /** @type {Database['query']} */
  const query = async (sql, params) => /** @type {any} */ ((await db.query(sql, params)).rows);
  return {
    kind: 'pglite',
    query,
    transaction: (work) =>
      db.transaction((tx) => work(async (sql, params) => /** @type {any} */ ((await tx.query(sql, params)).rows))),
    close: async () => {
      if (!db.closed) await db.close();
    },
  };
}
