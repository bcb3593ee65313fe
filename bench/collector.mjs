// The collector under load, on this machine, over loopback: sustained receipts per second, latency at a fixed
// rate, and bytes stored per receipt, with PGlite and with PostgreSQL. Bounded in count and time; stops by itself.
//
//   node bench/collector.mjs                       # both databases, results to bench/results/collector.json
//   node bench/collector.mjs --only pglite --seconds 5
//   node bench/collector.mjs --clients fetch        # sustained load sent with fetch only
//
// The senders share the machine with the collector and the database, so what they cost is taken from both. They
// send with node:http and a keep-alive Agent, which costs about a fifth of the CPU per receipt that fetch (undici)
// does; the sustained rate is measured with fetch too, as earlier runs were, so figures stay comparable.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuSeconds } from './cpu-time.mjs';
import { openDatabase } from '../packages/collector/src/database/open-database.js';
import { checkReceipt } from '../packages/collector/src/receipts/check-receipt.js';
import { createReceiptWriter } from '../packages/collector/src/receipts/receipt-writer.js';
import { ORIGIN, receipt, send, startCollectorProcess } from '../packages/collector/src/test/fixtures.js';
import { postgresMissing, startPostgres } from '../packages/collector/src/test/postgres-server.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'pglite,postgres' },
    seconds: { type: 'string', default: '10' },
    parallel: { type: 'string', default: '64' },
    rate: { type: 'string', default: '500' },
    clients: { type: 'string', default: 'http,fetch' },
    out: { type: 'string', default: 'bench/results/collector.json' },
  },
});
const SECONDS = Math.min(Number(args.seconds), 30);
const PARALLEL = Math.min(Number(args.parallel), 256);
const RATE = Math.min(Number(args.rate), 5000);
const MAX_RECEIPTS = 100000; // a hard cap whatever the machine does
const CLIENTS = args.clients.split(',').filter((name) => name === 'http' || name === 'fetch');
// A returning customer's receipt: the subject, and the rule by region it was given under, make every row as large
// as a real shop's.
const customerReceipt = () =>
  receipt({
    policyVersion: '2026-05',
    subject: randomBytes(16).toString('hex'),
    mode: 'opt-out',
    region: 'US-CA',
    regionRule: 'US-CA',
  });

// One keep-alive connection per sender, as a page's browser keeps one to the collector.
const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });

/** @param {string} url @param {string} body @returns {Promise<number>} the answer's status */
function sendWithHttp(url, body) {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', origin: ORIGIN, 'content-length': Buffer.byteLength(body) };
    const sent = request(`${url}/v1/receipts`, { method: 'POST', agent, headers }, (answer) => {
      answer.resume();
      answer.once('end', () => resolve(/** @type {number} */ (answer.statusCode)));
      answer.once('error', reject);
    });
    sent.once('error', reject);
    sent.end(body);
  });
}

const SENDERS = {
  http: (/** @type {string} */ url) => sendWithHttp(url, JSON.stringify(customerReceipt())),
  fetch: async (/** @type {string} */ url) => (await send(url, customerReceipt())).status,
};

/** @param {string} url @param {keyof typeof SENDERS} client */
async function post(url, client = CLIENTS[0]) {
  const started = performance.now();
  try {
    const status = await SENDERS[client](url);
    return { ok: status === 201, ms: performance.now() - started };
  } catch {
    // A connection the server closed: counted as a failure, never as a receipt.
    return { ok: false, ms: performance.now() - started };
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (latencies) => {
  const sorted = latencies.toSorted((a, b) => a - b);
  return { p50: +percentile(sorted, 50).toFixed(1), p99: +percentile(sorted, 99).toFixed(1) };
};

/**
 * What each process spends on the load, in CPU seconds so far: the senders (this process), the collector, and
 * PostgreSQL's server when it runs apart (PGlite runs inside the collector).
 * @param {{ collector: number, database?: number }} pids
 */
const cpuNow = (pids) => {
  const { user, system } = process.cpuUsage();
  return {
    senders: (user + system) / 1e6,
    collector: cpuSeconds(pids.collector),
    database: pids.database ? cpuSeconds(pids.database, { children: true }) : 0,
  };
};

/**
 * CPU µs per acknowledged receipt by process, and the rate their sum allows on this machine's cores had they the
 * cores to themselves: a figure other work on the machine does not change, unlike the rate measured beside it.
 * @param {ReturnType<typeof cpuNow>} before @param {ReturnType<typeof cpuNow>} after @param {number} receipts
 */
function cpuPerReceipt(before, after, receipts) {
  if (before.collector === null || after.collector === null || !receipts) return null;
  const micros = (/** @type {keyof typeof before} */ who) =>
    Math.round((((after[who] ?? 0) - (before[who] ?? 0)) * 1e6) / receipts);
  const used = { senders: micros('senders'), collector: micros('collector'), database: micros('database') };
  const total = used.senders + used.collector + used.database;
  return { ...used, total, ratePossibleOnIdleCores: Math.round((cpus().length * 1e6) / total) };
}

// Closed loop: PARALLEL senders, each sending as soon as its last receipt was acknowledged.
/** @param {string} url @param {keyof typeof SENDERS} client @param {{ collector: number, database?: number }} pids */
async function throughput(url, client, pids) {
  const before = cpuNow(pids);
  const end = performance.now() + SECONDS * 1000;
  let sent = 0;
  let failed = 0;
  const latencies = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (performance.now() < end && sent < MAX_RECEIPTS) {
        sent++;
        const { ok, ms } = await post(url, client);
        if (ok) latencies.push(ms);
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return {
    receiptsPerSecond: Math.round(latencies.length / elapsed),
    acknowledged: latencies.length,
    failed,
    ...summary(latencies),
    cpuMicrosPerReceipt: cpuPerReceipt(before, cpuNow(pids), latencies.length),
  };
}

// Open loop: a receipt every 1/RATE s whatever the answers, so slow answers show as latency, not as a lower rate.
async function atRate(url) {
  const total = Math.min(RATE * SECONDS, MAX_RECEIPTS);
  const latencies = [];
  let failed = 0;
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      post(url).then(
        ({ ok, ms }) => (ok ? latencies.push(ms) : failed++),
        () => failed++,
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  return { rate: RATE, achieved: Math.round(latencies.length / elapsed), failed, ...summary(latencies) };
}

// The storage path alone, in this process, without HTTP: how fast the batching writer commits receipts (2 000
// handed over at once), and the bytes the table and its indexes take per receipt.
async function storage(where) {
  const db = await openDatabase(where);
  const writer = createReceiptWriter(db);
  const rules = { categories: ['preferences', 'analytics', 'marketing'], retentionDays: 1095 };
  const batch = Array.from({ length: 2000 }, () => checkReceipt(customerReceipt(), rules).receipt);
  const start = performance.now();
  await Promise.all(batch.map((r) => writer.save(r)));
  const writerPerSecond = Math.round(2000 / ((performance.now() - start) / 1000));
  const [row] = await db.query(
    `select pg_total_relation_size('receipts')::float8 as bytes, (select count(*) from receipts)::float8 as count`,
  );
  await db.close();
  return { writerPerSecond, bytesPerReceipt: Math.round(row.bytes / row.count) };
}

async function measure(name) {
  let server = null;
  let dataDir = null;
  if (name === 'postgres') {
    if (postgresMissing) return { skipped: postgresMissing };
    server = await startPostgres();
  } else dataDir = mkdtempSync(join(tmpdir(), 'assent-bench-pglite-'));
  const where = server ? { url: server.url } : { dataDir };
  const env = server ? { DATABASE_URL: server.url } : { ASSENT_DATA_DIR: dataDir };
  try {
    const collector = await startCollectorProcess(env);
    /** @type {Record<string, Awaited<ReturnType<typeof throughput>>>} */
    const sustained = {};
    const pids = { collector: /** @type {number} */ (collector.child.pid), database: server?.pid() };
    for (const client of CLIENTS) {
      await Promise.all(Array.from({ length: 200 }, () => post(collector.url, client))); // this client's warm-up
      sustained[client] = await throughput(collector.url, client, pids);
    }
    const fixed = await atRate(collector.url);
    collector.child.kill('SIGTERM');
    await once(collector.child, 'exit');
    return { sustained, fixed, ...(await storage(where)) };
  } finally {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${(await import('node:os')).loadavg()[0].toFixed(1)} at start`,
  settings: { seconds: SECONDS, parallel: PARALLEL, rate: RATE, clients: CLIENTS },
};
for (const name of args.only.split(',')) {
  console.log(`collector on ${name}…`);
  results[name] = await measure(name);
  console.log(JSON.stringify(results[name]));
}
agent.destroy();
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${args.out}`);
