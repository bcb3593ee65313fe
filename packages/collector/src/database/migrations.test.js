// A collector started on a database that an older collector left (schema version 1, receipts in it) brings the
// schema up to date and keeps every receipt, on PGlite and on a real PostgreSQL server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveCollector } from '../serve-collector.js';
import { ADMIN_TOKEN, DATABASES, ORIGIN, admin, newId, receipt, send } from '../test/fixtures.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { openDatabase } from './open-database.js';

for (const database of DATABASES) {
  describe(`migrating a database of an older collector on ${database.name}`, { skip: database.skip }, () => {
    /** @type {Awaited<ReturnType<(typeof database)['open']>>} */
    let opened;
    /** @type {Awaited<ReturnType<typeof serveCollector>> | undefined} */
    let running;
    const old = { id: newId(), decidedAt: '2026-02-01T09:30:00.000Z' };
    /** @type {string[]} */
    const logged = [];

    before(async () => {
      opened = await database.open();
      const { dataDir, databaseUrl } = /** @type {{ dataDir?: string, databaseUrl?: string }} */ (opened.options);
      const db = await openDatabase({ url: databaseUrl, dataDir });
      assert.deepEqual(await migrate(db, MIGRATIONS.slice(0, 1)), [1]);
      await db.query(
        `insert into receipts (id, decided_at, policy_version, method, granted, denied, services_granted,
           services_denied, gpc, dnt, language, origin, path, subject)
         values ($1, $2, '2026-01', 'custom', '{marketing}', '{analytics}', '{youtube}', '{pixel}', false, false,
           'en', $3, '/cart', 'customer-before')`,
        [old.id, old.decidedAt, ORIGIN],
      );
      await db.close();
      running = await serveCollector({
        port: 0,
        ...opened.options,
        origins: [ORIGIN],
        adminToken: ADMIN_TOKEN,
        log: (/** @type {string} */ line) => logged.push(line),
      });
    });
    after(async () => {
      await running?.stop();
      await opened?.cleanup();
    });

    it('applies the new step at start and says so', () => {
      assert.ok(logged.includes('assent-collector: schema migrated to version 2'), logged.join('\n'));
    });

    it('keeps the receipts stored before, with no rule named', async () => {
      const proof = await (await fetch(`${running?.url}/v1/receipts/${old.id}`)).json();
      assert.equal(proof.decidedAt, old.decidedAt);
      assert.deepEqual([proof.granted, proof.denied], [['marketing'], ['analytics']]);
      assert.deepEqual(proof.services, { granted: ['youtube'], denied: ['pixel'] });
      assert.deepEqual([proof.mode, proof.region, proof.regionRule], [null, null, null]);
      const consent = await (await admin(running?.url ?? '', '/v1/admin/subjects/customer-before/consent')).json();
      assert.deepEqual(consent.services, { youtube: true, pixel: false });
    });

    it('stores the rule of new receipts beside them, and exports both', async () => {
      const sent = receipt({
        decidedAt: '2026-02-01T10:00:00.000Z',
        mode: 'opt-out',
        region: 'US-CO',
        regionRule: 'US-CO',
      });
      assert.equal((await send(running?.url ?? '', sent)).status, 201);
      const lines = await (await admin(running?.url ?? '', '/v1/admin/export?from=2026-02-01&to=2026-02-02')).text();
      const exported = lines
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.deepEqual(
        exported.map((r) => [r.id, r.mode, r.region]),
        [
          [old.id, null, null],
          [sent.id, 'opt-out', 'US-CO'],
        ],
      );
    });

    it('runs no step twice when the next collector starts', async () => {
      const { dataDir, databaseUrl } = /** @type {{ dataDir?: string, databaseUrl?: string }} */ (opened.options);
      if (dataDir) return; // PGlite's folder is the running collector's own: one process at a time
      const db = await openDatabase({ url: databaseUrl });
      try {
        assert.deepEqual(await migrate(db), []);
      } finally {
        await db.close();
      }
    });
  });
}
