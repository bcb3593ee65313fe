import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { getConnInfo } from '@hono/node-server/conninfo';
import { openDatabase } from './database/open-database.js';
import { migrate } from './database/migrations.js';
import { checkReceipt, ReceiptError } from './receipts/check-receipt.js';
import { createReceiptWriter, StorageUnavailable } from './receipts/receipt-writer.js';
import { findReceipt, purgeOlderThan } from './receipts/read-receipts.js';
import { renewalCookie } from './receipts/renew-cookie.js';
import { createRateLimit, originAllowed } from './http/client-limits.js';
import { adminRoutes } from './admin/admin-routes.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';

/**
 * @typedef {object} CollectorOptions
 * @property {string} [databaseUrl] PostgreSQL URL; without it PGlite keeps the data in `dataDir`.
 * @property {string} [dataDir] PGlite's folder. Default `.assent-data`.
 * @property {readonly string[]} [origins] Pages allowed to send receipts (CORS), e.g. `['https://shop.example']`.
 * @property {readonly string[]} [categories] The site's optional categories. Default preferences, analytics, marketing.
 * @property {string} [adminToken] Bearer token of the admin endpoints and dashboard (at least 16 characters).
 * @property {number} [retentionDays] Receipts decided longer ago are purged. Default 1095 (3 years).
 * @property {number} [rateLimit] Receipts per client and minute. Default 120.
 * @property {boolean} [trustProxy] Read the client's address from X-Forwarded-For and the scheme from X-Forwarded-Proto.
 * @property {(line: string) => void} [log] Default: console.log.
 */

const BODY_LIMIT = 8 * 1024;
const DAY_MS = 864e5;

const tooLarge = (/** @type {import('hono').Context} */ c) =>
  c.json({ error: `the body is larger than ${BODY_LIMIT} bytes` }, 413);
const countBody = bodyLimit({ maxSize: BODY_LIMIT, onError: tooLarge });
/**
 * A declared Content-Length is checked before anything is read (Node's parser holds the body to it); only a body
 * sent in chunks is counted as it streams, which needs the request as a full Fetch Request, a cost a receipt
 * sent with its length does not pay.
 * @type {import('hono').MiddlewareHandler}
 */
const bodyWithinLimit = (c, next) => {
  const declared = c.req.header('content-length');
  const chunked = c.req.header('transfer-encoding') !== undefined;
  if (declared === undefined || chunked) return countBody(c, next);
  return Number(declared) > BODY_LIMIT ? Promise.resolve(tooLarge(c)) : next();
};

/**
 * Opens the database, runs the migrations and returns the collector's HTTP app (Hono), ready to serve.
 *
 * @example
 * import { serve } from '@hono/node-server';
 * const collector = await createCollector({ origins: ['https://shop.example'], adminToken: process.env.ADMIN_TOKEN });
 * serve({ fetch: collector.app.fetch, port: 8787 });
 * @param {CollectorOptions} [options]
 */
export async function createCollector(options = {}) {
  const {
    origins = [],
    categories = ['preferences', 'analytics', 'marketing'],
    retentionDays = 1095,
    rateLimit = 120,
    trustProxy = false,
    log = console.log,
  } = options;
  const db = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
  const applied = await migrate(db);
  if (applied.length) log(`assent-collector: schema migrated to version ${applied.at(-1)}`);
  const writer = createReceiptWriter(db);
  const limit = createRateLimit({ perMinute: rateLimit });
  let stopping = false;

  /** @param {import('hono').Context} c */
  const clientOf = (c) =>
    (trustProxy && c.req.header('x-forwarded-for')?.split(',')[0].trim()) || getConnInfo(c).remote.address || '';
  /** @param {import('hono').Context} c */
  const isHttps = (c) =>
    (trustProxy && c.req.header('x-forwarded-proto')) === 'https' || c.req.url.startsWith('https:');

  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof ReceiptError) return c.json({ error: error.message }, /** @type {any} */ (error.status));
    if (error instanceof StorageUnavailable) {
      c.header('Retry-After', '30');
      return c.json({ error: 'the receipt could not be stored now; send it again later' }, 503);
    }
    log(`assent-collector: ${error.stack ?? error}`);
    return c.json({ error: 'internal error' }, 500);
  });

  // Pages of the listed origins may send receipts (with the consent cookie, for its renewal) and read their own.
  // Hono's cors answers the preflight; the receipts' own answers get their CORS headers below, before the answer
  // is built, because Hono's cors adds `Vary` afterwards, and that rebuilds every answer as a full Fetch Response.
  const preflight = cors({
    origin: (origin) => (origins.includes(origin) ? origin : null),
    credentials: true,
    maxAge: 600,
  });
  app.use('/v1/receipts/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = c.req.header('origin');
    if (!originAllowed(origin, new URL(c.req.url).origin, origins))
      return c.json({ error: `origin ${origin} may not send receipts here` }, 403);
    if (origin && origins.includes(origin)) c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Allow-Credentials', 'true');
    c.header('Vary', 'Origin');
    return next();
  });

  app.post('/v1/receipts', bodyWithinLimit, async (c) => {
    if (stopping) return c.json({ error: 'the collector is shutting down; send it again later' }, 503);
    if (!limit.allow(clientOf(c))) {
      c.header('Retry-After', '60');
      return c.json({ error: `more than ${rateLimit} receipts a minute from this client` }, 429);
    }
    const type = c.req.header('content-type') ?? '';
    if (!/^(application\/json|text\/plain)\b/.test(type))
      return c.json({ error: 'send the receipt as application/json (or text/plain holding JSON)' }, 415);
    let body;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return c.json({ error: 'the body is not valid JSON' }, 400);
    }
    const { receipt, cookie } = checkReceipt(body, { categories, retentionDays });
    const result = await writer.save(receipt);
    const renewal = cookie && renewalCookie(receipt, cookie, c.req.header('cookie'), isHttps(c));
    if (renewal) c.header('Set-Cookie', renewal);
    return c.json({ id: receipt.id, stored: result === 'stored' }, result === 'stored' ? 201 : 200);
  });

  app.get('/v1/receipts/:id', async (c) => {
    const id = c.req.param('id');
    const receipt = /^[0-9a-f]{16}$/.test(id)
      ? await findReceipt(db, id).catch((error) => {
          throw new StorageUnavailable(error.message);
        })
      : null;
    if (!receipt) return c.json({ error: 'no receipt with this id' }, 404);
    // The visitor's proof: everything but the customer id, which the id alone must not reveal.
    const { subject: _, ...proof } = receipt;
    return c.json(proof);
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (stopping) return c.json({ status: 'stopping' }, 503);
    try {
      await db.query('select 1');
      return c.json({ status: 'ready', database: db.kind });
    } catch {
      return c.json({ status: 'database unavailable', database: db.kind }, 503);
    }
  });

  app.route('/', adminRoutes({ db, categories, adminToken: options.adminToken, purge }));
  app.route('/', dashboardRoutes());

  async function purge() {
    const count = await purgeOlderThan(db, retentionDays);
    log(`assent-collector: retention purged ${count} receipt(s) decided more than ${retentionDays} days ago`);
    return count;
  }
  // The purge runs at start and then daily; a failure (database away) is logged and tried the next day.
  const purgeDaily = setInterval(
    () => purge().catch((e) => log(`assent-collector: purge failed: ${e.message}`)),
    DAY_MS,
  );
  purgeDaily.unref();
  await purge().catch((e) => log(`assent-collector: purge failed: ${e.message}`));

  return {
    app,
    db,
    purge,
    /** Refuses new receipts, writes every acknowledged one, then closes the database. */
    async close() {
      stopping = true;
      clearInterval(purgeDaily);
      await writer.drain();
      await db.close();
    },
  };
}
