// Writes receipts in batches: while one insert runs, the receipts that arrive wait and go together in the next,
// so a busy collector makes few round trips and an idle one adds no delay. A receipt is acknowledged only once
// the transaction holding it has committed.
import { ReceiptError } from './check-receipt.js';

/** The database could not be reached or refused the write: the client should keep the receipt and retry. */
export class StorageUnavailable extends Error {}

const COLUMNS = `id text, decided_at timestamptz, policy_version text, method text, granted text[], denied text[],
  services_granted text[], services_denied text[], gpc boolean, dnt boolean, mode text, region text, region_rule text,
  language text, origin text, path text, subject text`;
const NAMES = COLUMNS.split(',').map((column) => column.trim().split(' ')[0]);

/** @param {import('./check-receipt.js').Receipt} r */
const toRow = (r) => ({
  id: r.id,
  decided_at: r.decidedAt,
  policy_version: r.policyVersion,
  method: r.method,
  granted: r.granted,
  denied: r.denied,
  services_granted: r.services.granted,
  services_denied: r.services.denied,
  gpc: r.gpc,
  dnt: r.dnt,
  mode: r.mode,
  region: r.region,
  region_rule: r.regionRule,
  language: r.language,
  origin: r.origin,
  path: r.path,
  subject: r.subject,
});

// What makes two deliveries the same decision. The page (origin, path, language) may differ: another open tab
// reports the same decision from where it stands. So may the rule it names (mode, region): a tab still running an
// older assent.js names none.
/** @param {Record<string, any>} row */
const decisionOf = (row) =>
  JSON.stringify([
    new Date(row.decided_at).toISOString(),
    row.policy_version,
    row.method,
    row.granted,
    row.denied,
    row.services_granted,
    row.services_denied,
    row.gpc,
    row.dnt,
    row.subject,
  ]);

/**
 * @example
 * const writer = createReceiptWriter(db);
 * await writer.save(receipt); // 'stored', or 'duplicate' when this decision was delivered before
 * @param {import('../database/open-database.js').Database} db
 * @param {{ maxBatch?: number }} [options]
 */
export function createReceiptWriter(db, { maxBatch = 1000 } = {}) {
  /** @type {Array<{ row: ReturnType<typeof toRow>, resolve: (result: 'stored' | 'duplicate') => void, reject: (error: Error) => void }>} */
  let waiting = [];
  /** @type {Promise<void> | null} */
  let running = null;

  /** @param {typeof waiting} batch */
  async function writeBatch(batch) {
    const rows = batch.map((entry) => entry.row);
    let stored;
    let existing;
    try {
      stored = await db.query(
        `insert into receipts (${NAMES.join(', ')})
         select * from jsonb_to_recordset($1::jsonb) as r(${COLUMNS})
         on conflict (id) do nothing returning id`,
        [JSON.stringify(rows)],
      );
      const inserted = new Set(stored.map((row) => row.id));
      const repeated = rows.filter((row) => !inserted.has(row.id)).map((row) => row.id);
      existing = repeated.length ? await db.query('select * from receipts where id = any($1)', [repeated]) : [];
    } catch (error) {
      const reason = new StorageUnavailable(`the database is unavailable: ${/** @type {Error} */ (error).message}`);
      for (const entry of batch) entry.reject(reason);
      return;
    }
    const fresh = new Set(stored.map((row) => row.id));
    const before = new Map(existing.map((row) => [row.id, decisionOf(row)]));
    for (const entry of batch) {
      // Two deliveries of one id in one batch: the first is stored, the second compared with it.
      if (fresh.delete(entry.row.id)) {
        before.set(entry.row.id, decisionOf(entry.row));
        entry.resolve('stored');
      } else if (before.get(entry.row.id) === decisionOf(entry.row)) entry.resolve('duplicate');
      else entry.reject(new ReceiptError(`id: ${entry.row.id} is already the id of another decision`, 409));
    }
  }

  async function run() {
    while (waiting.length) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(maxBatch);
      await writeBatch(batch);
    }
    running = null;
  }

  return {
    /**
     * Resolves once the receipt is committed.
     * @param {import('./check-receipt.js').Receipt} receipt
     * @returns {Promise<'stored' | 'duplicate'>}
     */
    save(receipt) {
      const done = new Promise((resolve, reject) => waiting.push({ row: toRow(receipt), resolve, reject }));
      running ??= run();
      return /** @type {Promise<'stored' | 'duplicate'>} */ (done);
    },
    /** Resolves when every receipt handed over so far is written (or refused). */
    async drain() {
      while (running) await running;
    },
  };
}
