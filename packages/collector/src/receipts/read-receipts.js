// Reading receipts back: one for its visitor, a customer's history and current consent, a date range for export,
// the dashboard's daily counts, and the retention purge.

/**
 * A stored row as the API shows it (the same field names a receipt is sent with).
 * @param {Record<string, any>} row
 */
export function receiptOf(row) {
  return {
    id: row.id,
    decidedAt: new Date(row.decided_at).toISOString(),
    receivedAt: new Date(row.received_at).toISOString(),
    policyVersion: row.policy_version,
    method: row.method,
    granted: row.granted,
    denied: row.denied,
    services: { granted: row.services_granted, denied: row.services_denied },
    gpc: row.gpc,
    dnt: row.dnt,
    mode: row.mode,
    region: row.region,
    regionRule: row.region_rule,
    language: row.language,
    origin: row.origin,
    path: row.path,
    subject: row.subject,
  };
}

/** @typedef {import('../database/open-database.js').Database} Database */

/**
 * @example
 * await findReceipt(db, 'f3a09c21d4e5b677') // the receipt, or null
 * @param {Database} db @param {string} id
 */
export async function findReceipt(db, id) {
  const [row] = await db.query('select * from receipts where id = $1', [id]);
  return row ? receiptOf(row) : null;
}

/**
 * A customer's decisions, newest first (by when they were made, on whichever device).
 * @example
 * await subjectHistory(db, 'c0ffee…')
 * @param {Database} db @param {string} subject
 */
export async function subjectHistory(db, subject) {
  const rows = await db.query(
    'select * from receipts where subject = $1 order by decided_at desc, id desc limit 1000',
    [subject],
  );
  return rows.map(receiptOf);
}

/**
 * A customer's consent now: their newest decision by `decidedAt` wins, across devices; a reset means no decision.
 * `services` answers for each service the decision named one by one (per-service consent): a service it does not
 * name is not granted. The receipt says under which rule (mode, region) it was made.
 * @example
 * (await currentConsent(db, 'c0ffee…', ['analytics', 'marketing'])).categories.marketing // true or false
 * (await currentConsent(db, 'c0ffee…', ['marketing'])).services.youtube // true, false, or undefined if not named
 * @param {Database} db @param {string} subject @param {readonly string[]} categories
 */
export async function currentConsent(db, subject, categories) {
  const [row] = await db.query('select * from receipts where subject = $1 order by decided_at desc, id desc limit 1', [
    subject,
  ]);
  const receipt = row ? receiptOf(row) : null;
  const decided = !!receipt && receipt.method !== 'reset';
  return {
    subject,
    decided,
    // Without a decision nothing optional is granted: the shop may not assume consent.
    categories: Object.fromEntries(categories.map((name) => [name, decided && receipt.granted.includes(name)])),
    services: Object.fromEntries(
      [...(receipt?.services.granted ?? []), ...(receipt?.services.denied ?? [])].map((id) => [
        id,
        decided && receipt.services.granted.includes(id),
      ]),
    ),
    receipt,
  };
}

/**
 * One page of the receipts decided in [from, to), oldest first; pass the last one back as `after` for the next.
 * @example
 * await exportPage(db, { from: '2026-01-01', to: '2026-02-01', limit: 1000 })
 * @param {Database} db
 * @param {{ from: string, to: string, after?: { decidedAt: string, id: string }, limit: number }} range
 */
export async function exportPage(db, { from, to, after, limit }) {
  const rows = await db.query(
    `select * from receipts where decided_at >= $1 and decided_at < $2 and (decided_at, id) > ($3::timestamptz, $4)
     order by decided_at, id limit $5`,
    [from, to, after?.decidedAt ?? '-infinity', after?.id ?? '', limit],
  );
  return rows.map(receiptOf);
}

/**
 * Deletes receipts decided more than `days` ago; returns how many.
 * @example
 * await purgeOlderThan(db, 1095)
 * @param {Database} db @param {number} days
 */
export async function purgeOlderThan(db, days) {
  const rows = await db.query(
    `with gone as (delete from receipts where decided_at < now() - make_interval(days => $1) returning 1)
     select count(*)::int as count from gone`,
    [days],
  );
  return /** @type {number} */ (rows[0].count);
}

/**
 * The dashboard's numbers for the last `days` days: decisions per day and method, grants per day and category,
 * decisions per policy version.
 * @example
 * await dailyStats(db, 90)
 * @param {Database} db @param {number} days
 */
export async function dailyStats(db, days) {
  const since = `decided_at >= date_trunc('day', now()) - make_interval(days => $1)`;
  const perDay = await db.query(
    `select to_char(date_trunc('day', decided_at at time zone 'UTC'), 'YYYY-MM-DD') as day, method, count(*)::int as count
     from receipts where ${since} group by 1, 2 order by 1`,
    [days - 1],
  );
  const granted = await db.query(
    `select to_char(date_trunc('day', decided_at at time zone 'UTC'), 'YYYY-MM-DD') as day, category, count(*)::int as count
     from receipts, unnest(granted) as category where ${since} and method <> 'reset' group by 1, 2 order by 1`,
    [days - 1],
  );
  const versions = await db.query(
    `select policy_version as "policyVersion", count(*)::int as count from receipts where ${since}
     group by 1 order by 1`,
    [days - 1],
  );
  return { perDay, granted, versions };
}
