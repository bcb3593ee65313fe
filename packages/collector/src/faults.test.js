// The collector as a process, stopped in the middle of a load: killed outright, or asked to stop (SIGTERM).
// Every receipt it acknowledged must be in the database when it comes back.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { DATABASES, receipt, send, startCollectorProcess } from './test/fixtures.js';

/**
 * Sends `total` receipts, `parallel` at a time, and calls `midway` once `stopAfter` were acknowledged.
 * Returns the ids the collector acknowledged (201 or 200).
 * @param {string} url @param {{ total: number, parallel: number, stopAfter: number, midway: () => void }} load
 */
async function load(url, { total, parallel, stopAfter, midway }) {
  const receipts = Array.from({ length: total }, () => receipt());
  const acknowledged = [];
  let next = 0;
  async function worker() {
    while (next < receipts.length) {
      const sent = receipts[next++];
      try {
        const answer = await send(url, sent);
        if (answer.status === 200 || answer.status === 201) {
          acknowledged.push(sent.id);
          if (acknowledged.length === stopAfter) midway();
        }
      } catch {
        // The collector went away: this receipt was never acknowledged; a client would keep and resend it.
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return { receipts, acknowledged };
}

/** @param {string} url @param {string[]} ids */
async function missing(url, ids) {
  const absent = [];
  for (const id of ids) if ((await fetch(`${url}/v1/receipts/${id}`)).status !== 200) absent.push(id);
  return absent;
}

for (const database of DATABASES) {
  describe(`a collector process on ${database.name}`, { skip: database.skip }, () => {
    /** @type {Awaited<ReturnType<(typeof database)['open']>>} */
    let opened;
    /** @type {Record<string, string>} */
    let env;
    before(async () => {
      opened = await database.open();
      const where =
        'dataDir' in opened.options
          ? { ASSENT_DATA_DIR: opened.options.dataDir }
          : { DATABASE_URL: opened.options.databaseUrl };
      env = { ...where, ASSENT_ADMIN_TOKEN: 'fault-test-admin-token' };
    });
    after(() => opened?.cleanup());

    it('keeps every acknowledged receipt when killed during a load, and stores a redelivery once', async () => {
      const first = await startCollectorProcess(env);
      const exited = once(first.child, 'exit');
      const { receipts, acknowledged } = await load(first.url, {
        total: 400,
        parallel: 16,
        stopAfter: 100,
        midway: () => first.child.kill('SIGKILL'),
      });
      await exited;
      assert.ok(acknowledged.length >= 100 && acknowledged.length < 400, `${acknowledged.length} acknowledged`);

      const again = await startCollectorProcess(env);
      try {
        assert.deepEqual(await missing(again.url, acknowledged), []);
        // The clients resend what was not acknowledged (and some of what was): each decision is stored once.
        const answers = [];
        for (const sent of receipts) answers.push((await send(again.url, sent)).status);
        assert.equal(answers.filter((status) => status === 200).length >= acknowledged.length, true);
        assert.equal(
          answers.every((status) => status === 200 || status === 201),
          true,
        );
        const ids = new Set(receipts.map((r) => r.id));
        const today = new Date().toISOString().slice(0, 10);
        const tomorrow = new Date(Date.now() + 864e5).toISOString().slice(0, 10);
        const exported = await fetch(`${again.url}/v1/admin/export?from=${today}&to=${tomorrow}`, {
          headers: { authorization: 'Bearer fault-test-admin-token' },
        });
        const rows = (await exported.text())
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line).id)
          .filter((id) => ids.has(id));
        assert.equal(rows.length, 400);
      } finally {
        again.child.kill('SIGKILL');
        await once(again.child, 'exit');
      }
    });

    it('answers what it acknowledged and writes it before stopping on SIGTERM', async () => {
      const running = await startCollectorProcess(env);
      const exited = once(running.child, 'exit');
      const { acknowledged } = await load(running.url, {
        total: 300,
        parallel: 16,
        stopAfter: 60,
        midway: () => running.child.kill('SIGTERM'),
      });
      const [code] = await exited;
      assert.equal(code, 0);
      assert.ok(acknowledged.length >= 60, `${acknowledged.length} acknowledged`);
      const again = await startCollectorProcess(env);
      try {
        assert.deepEqual(await missing(again.url, acknowledged), []);
      } finally {
        again.child.kill('SIGTERM');
        await once(again.child, 'exit');
      }
    });
  });
}
