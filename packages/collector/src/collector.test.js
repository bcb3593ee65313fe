// The collector's API over real HTTP, on PGlite and on a real PostgreSQL server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveCollector } from './serve-collector.js';
import { ADMIN_TOKEN, DATABASES, ORIGIN, admin, newId, receipt, send } from './test/fixtures.js';

for (const database of DATABASES) {
  describe(`the collector on ${database.name}`, { skip: database.skip }, () => {
    /** @type {Awaited<ReturnType<typeof serveCollector>>} */
    let running;
    /** @type {Awaited<ReturnType<(typeof database)['open']>>} */
    let opened;
    let base = '';
    const count = async () => (await running.collector.db.query('select count(*)::int as n from receipts'))[0].n;
    const stored = async (/** @type {string} */ id) =>
      (await running.collector.db.query('select count(*)::int as n from receipts where id = $1', [id]))[0].n;

    before(async () => {
      // A server of its own: the last test stops it and starts it again.
      opened = await database.open();
      running = await serveCollector({
        port: 0,
        ...opened.options,
        origins: [ORIGIN],
        adminToken: ADMIN_TOKEN,
        rateLimit: 60,
        trustProxy: true,
        log: () => {},
      });
      base = running.url;
    });
    after(async () => {
      await running?.stop();
      await opened?.cleanup();
    });

    it('stores a receipt and shows it to its visitor by its id, without the customer id', async () => {
      const sent = receipt({ subject: 'c0ffee01' });
      const answer = await send(base, sent);
      assert.equal(answer.status, 201);
      assert.deepEqual(answer.body, { id: sent.id, stored: true });
      const response = await fetch(`${base}/v1/receipts/${sent.id}`);
      const proof = await response.json();
      assert.equal(response.status, 200);
      assert.equal(proof.decidedAt, sent.decidedAt);
      assert.deepEqual([proof.method, proof.granted, proof.denied], [sent.method, sent.granted, sent.denied]);
      assert.equal('subject' in proof, false);
      assert.equal((await fetch(`${base}/v1/receipts/${newId()}`)).status, 404);
    });

    it('stores the services a visitor chose one by one and shows them with the receipt', async () => {
      const sent = receipt({ services: { granted: ['youtube'], denied: ['pixel', 'google-analytics'] } });
      assert.equal((await send(base, sent)).status, 201);
      const proof = await (await fetch(`${base}/v1/receipts/${sent.id}`)).json();
      assert.deepEqual(proof.services, sent.services);
      const without = receipt();
      await send(base, without);
      const plain = await (await fetch(`${base}/v1/receipts/${without.id}`)).json();
      assert.deepEqual(plain.services, { granted: [], denied: [] }, 'a receipt without services: none');
      const wrong = await send(base, receipt({ services: { granted: 'youtube' } }));
      assert.equal(wrong.status, 422);
      assert.match(wrong.body.error, /services.granted: must be at most 64 service names/);
    });

    it('stores the rule the decision was made under (mode, region, the entry of regions) and shows it', async () => {
      const sent = receipt({ mode: 'opt-out', region: 'US-CA', regionRule: 'US-CA' });
      assert.equal((await send(base, sent)).status, 201);
      const proof = await (await fetch(`${base}/v1/receipts/${sent.id}`)).json();
      assert.deepEqual([proof.mode, proof.region, proof.regionRule], ['opt-out', 'US-CA', 'US-CA']);
      const inGermany = receipt({ mode: 'opt-in', region: 'DE', regionRule: 'EEA' });
      assert.equal((await send(base, inGermany)).status, 201);
      // A page running an assent.js older than the field names no rule: kept, with none.
      const older = receipt();
      assert.equal((await send(base, older)).status, 201);
      const old = await (await fetch(`${base}/v1/receipts/${older.id}`)).json();
      assert.deepEqual([old.mode, old.region, old.regionRule], [null, null, null]);
    });

    it('stores a decision delivered many times once, even when the deliveries arrive together', async () => {
      const sent = receipt();
      const answers = await Promise.all(Array.from({ length: 6 }, () => send(base, sent)));
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 200, 200, 200, 200, 201]);
      // Another tab reports the same decision from another page: still the same decision.
      assert.equal((await send(base, { ...sent, path: '/cart', language: 'de' })).status, 200);
      assert.equal(await stored(sent.id), 1);
    });

    it('refuses a different decision under an id already used, and keeps the first', async () => {
      const first = receipt();
      await send(base, first);
      const forged = await send(base, { ...first, granted: ['analytics', 'marketing'], denied: ['preferences'] });
      assert.equal(forged.status, 409);
      assert.match(forged.body.error, /already the id of another decision/);
      const kept = await (await fetch(`${base}/v1/receipts/${first.id}`)).json();
      assert.deepEqual(kept.granted, ['analytics']);
    });

    it('answers bad input with a 4xx that says why, stores nothing and keeps running', async () => {
      const before = await count();
      const cases = [
        ['malformed JSON', '{"id": "01234', 400, /not valid JSON/],
        ['an oversize body', receipt({ path: `/${'a'.repeat(9000)}` }), 413, /larger than 8192 bytes/],
        ['a list instead of an object', '[]', 422, /must be a JSON object/],
        ['a wrong type', receipt({ gpc: 'yes' }), 422, /gpc: must be true or false/],
        ['an unknown field', receipt({ ip: '203.0.113.9' }), 422, /unknown field "ip"/],
        ['an unknown category', receipt({ granted: ['ads'] }), 422, /"ads" is not one of this site's categories/],
        ['a category both granted and denied', receipt({ denied: ['analytics'] }), 422, /both name "analytics"/],
        ['a future date', receipt({ decidedAt: new Date(Date.now() + 3 * 864e5).toISOString() }), 422, /future/],
        ['a date that is no date', receipt({ decidedAt: '2026-13-45T99:00:00.000Z' }), 422, /decidedAt/],
        ['a forged id', receipt({ id: "' or '1'='1" }), 422, /id: must be 16 lower-case hex digits/],
        ['an unknown method', receipt({ method: 'implied' }), 422, /method: must be one of/],
        ['an SQL-shaped subject', receipt({ subject: "x'; drop table receipts; --" }), 422, /subject/],
        ['a huge subject', receipt({ subject: 'a'.repeat(5000) }), 422, /subject/],
        ['a path with a query string', receipt({ path: '/checkout?email=a@b.example' }), 422, /without query string/],
        ['an origin that is a URL', receipt({ origin: `${ORIGIN}/page` }), 422, /origin/],
        ['a javascript: origin', receipt({ origin: 'javascript:alert(1)' }), 422, /origin/],
        ['a reset that grants', receipt({ method: 'reset' }), 422, /a reset grants nothing/],
        ['an unknown mode', receipt({ mode: 'implied' }), 422, /mode: must be one of opt-in, opt-out/],
        [
          'a region that is a name',
          receipt({ mode: 'opt-out', region: 'California' }),
          422,
          /region: must be a region code/,
        ],
        [
          'an entry of regions that cannot choose the region',
          receipt({ mode: 'opt-out', region: 'US-CA', regionRule: 'GB' }),
          422,
          /regionRule: must be the entry of regions that chose the mode for this region/,
        ],
        ['an entry of regions without a region', receipt({ mode: 'opt-in', regionRule: 'EEA' }), 422, /regionRule/],
      ];
      for (const [what, body, status, message] of cases) {
        const answer = await send(base, body, { 'x-forwarded-for': '198.51.100.1' });
        assert.equal(answer.status, status, what);
        assert.match(answer.body.error, message, what);
      }
      const form = await fetch(`${base}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
        body: 'id=1',
      });
      assert.equal(form.status, 415);
      assert.equal(await count(), before);
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
    });

    it('refuses an oversize body sent in chunks, without a length, and keeps what it acknowledged', async () => {
      const kept = receipt();
      assert.equal((await send(base, kept, { 'x-forwarded-for': '198.51.100.2' })).status, 201);
      const before = await count();
      const oversize = JSON.stringify(receipt({ path: `/${'a'.repeat(9000)}` }));
      const chunks = new ReadableStream({
        start(controller) {
          for (let at = 0; at < oversize.length; at += 1000)
            controller.enqueue(new TextEncoder().encode(oversize.slice(at, at + 1000)));
          controller.close();
        },
      });
      const answer = await fetch(`${base}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-for': '198.51.100.2' },
        body: chunks,
        duplex: 'half',
      });
      assert.equal(answer.status, 413);
      assert.match((await answer.json()).error, /larger than 8192 bytes/);
      assert.equal(await count(), before);
      assert.equal(await stored(kept.id), 1);
    });

    it('refuses pages of other origins and answers their preflight without permission', async () => {
      const answer = await send(base, receipt(), { origin: 'https://evil.example' });
      assert.equal(answer.status, 403);
      assert.match(answer.body.error, /evil.example may not send receipts/);
      const preflight = (/** @type {string} */ origin) =>
        fetch(`${base}/v1/receipts`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      assert.equal((await preflight(ORIGIN)).headers.get('access-control-allow-origin'), ORIGIN);
      assert.equal((await preflight('https://evil.example')).headers.get('access-control-allow-origin'), null);
    });

    it("lets the listed origin read its answers, a refusal's reason included", async () => {
      const stored = await send(base, receipt());
      const refused = await send(base, receipt({ method: 'maybe' }));
      for (const answer of [stored, refused]) {
        assert.equal(answer.headers.get('access-control-allow-origin'), ORIGIN);
        assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
        assert.equal(answer.headers.get('vary'), 'Origin');
      }
      assert.deepEqual([stored.status, refused.status], [201, 422]);
    });

    it('limits how many receipts one client sends a minute', async () => {
      const from = { 'x-forwarded-for': '203.0.113.77' };
      const answers = [];
      for (let i = 0; i < 61; i++) answers.push((await send(base, '{', from)).status);
      assert.equal(answers.filter((status) => status === 429).length, 1);
      const limited = await send(base, receipt(), from);
      assert.equal(limited.status, 429);
      assert.match(limited.body.error, /more than 60 receipts a minute/);
      assert.equal((await send(base, receipt(), { 'x-forwarded-for': '203.0.113.78' })).status, 201);
    });

    it('keeps admin endpoints closed without the right token', async () => {
      const path = '/v1/admin/subjects/c0ffee01/consent';
      assert.equal((await fetch(`${base}${path}`)).status, 401);
      assert.equal(
        (await fetch(`${base}${path}`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
        401,
      );
      assert.equal((await fetch(`${base}${path}`, { headers: { authorization: ADMIN_TOKEN } })).status, 401);
      assert.equal((await admin(base, path)).status, 200);
    });

    it("answers with a customer's newest decision across devices, and no consent after a reset", async () => {
      const subject = `customer-${newId()}`;
      const hour = 3600e3;
      const at = (/** @type {number} */ hoursAgo) => new Date(Date.now() - hoursAgo * hour).toISOString();
      const phone = receipt({
        subject,
        decidedAt: at(1),
        granted: ['marketing'],
        denied: ['preferences', 'analytics'],
      });
      const laptop = receipt({
        subject,
        decidedAt: at(2),
        granted: [],
        denied: ['preferences', 'analytics', 'marketing'],
      });
      await send(base, phone);
      await send(base, laptop); // arrives later, but was decided earlier
      let consent = await (await admin(base, `/v1/admin/subjects/${subject}/consent`)).json();
      assert.equal(consent.decided, true);
      assert.deepEqual(consent.categories, { preferences: false, analytics: false, marketing: true });
      assert.equal(consent.receipt.id, phone.id);

      const reset = receipt({ subject, decidedAt: at(0), method: 'reset', granted: [] });
      await send(base, reset);
      consent = await (await admin(base, `/v1/admin/subjects/${subject}/consent`)).json();
      assert.equal(consent.decided, false);
      assert.deepEqual(consent.categories, { preferences: false, analytics: false, marketing: false });
      const history = await (await admin(base, `/v1/admin/subjects/${subject}/receipts`)).json();
      assert.deepEqual(
        history.receipts.map((/** @type {{ id: string }} */ r) => r.id),
        [reset.id, phone.id, laptop.id],
      );
      const unknown = await (await admin(base, '/v1/admin/subjects/nobody-at-all/consent')).json();
      assert.deepEqual([unknown.decided, unknown.categories.marketing], [false, false]);
      assert.deepEqual(unknown.services, {});
    });

    it("answers with a customer's choice per service and the rule it was made under", async () => {
      const subject = `customer-${newId()}`;
      const decision = receipt({
        subject,
        granted: ['marketing'],
        denied: ['preferences', 'analytics'],
        services: { granted: ['youtube'], denied: ['pixel'] },
        mode: 'opt-out',
        region: 'US-CA',
        regionRule: 'US-CA',
      });
      await send(base, decision);
      let consent = await (await admin(base, `/v1/admin/subjects/${subject}/consent`)).json();
      assert.equal(consent.categories.marketing, true, 'marketing is on while one of its services is');
      assert.deepEqual(consent.services, { youtube: true, pixel: false }, 'the ad pixel was not allowed');
      assert.deepEqual(
        [consent.receipt.mode, consent.receipt.region, consent.receipt.regionRule],
        ['opt-out', 'US-CA', 'US-CA'],
      );

      const reset = receipt({
        subject,
        decidedAt: new Date(Date.parse(decision.decidedAt) + 1000).toISOString(),
        method: 'reset',
        granted: [],
        services: { granted: [], denied: ['youtube', 'pixel'] },
      });
      await send(base, reset);
      consent = await (await admin(base, `/v1/admin/subjects/${subject}/consent`)).json();
      assert.deepEqual(consent.services, { youtube: false, pixel: false }, 'withdrawn with the reset');
    });

    it('exports a date range as CSV and as NDJSON', async () => {
      const sent = receipt({
        decidedAt: '2026-03-10T08:00:00.000Z',
        subject: 'export-check',
        path: '/a,b',
        mode: 'opt-in',
        region: 'FR',
        regionRule: 'EEA',
      });
      const outside = receipt({ decidedAt: '2026-03-12T08:00:00.000Z' });
      // Old dates are fine here: the test collector keeps receipts for 3 years.
      await send(base, sent);
      await send(base, outside);
      const csv = await admin(base, '/v1/admin/export?from=2026-03-10&to=2026-03-11&format=csv');
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      const lines = (await csv.text()).trim().split('\r\n');
      assert.match(lines[0], /^id,decidedAt,receivedAt,policyVersion,method,granted,denied,/);
      assert.match(lines[0], /,gpc,dnt,mode,region,regionRule,language,/);
      assert.equal(lines.length, 2);
      assert.match(lines[1], new RegExp(`^${sent.id},2026-03-10T08:00:00.000Z,.*,false,false,opt-in,FR,EEA,en,`));
      assert.match(lines[1], /,"\/a,b",export-check$/);
      const ndjson = await admin(base, '/v1/admin/export?from=2026-03-01&to=2026-04-01&format=ndjson');
      const exported = (await ndjson.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.deepEqual(
        exported.map((r) => r.id),
        [sent.id, outside.id],
      );
      assert.deepEqual([exported[0].mode, exported[0].region, exported[0].regionRule], ['opt-in', 'FR', 'EEA']);
      const bad = await admin(base, '/v1/admin/export?from=March&to=2026-04-01');
      assert.equal(bad.status, 400);
      assert.match((await bad.json()).error, /YYYY-MM-DD/);
    });

    it('purges receipts older than the retention period, and keeps newer ones', async () => {
      const old = newId();
      const recent = receipt();
      await send(base, recent);
      // Only the database can hold such an old receipt: the API refuses what would be purged at once.
      await running.collector.db.query(
        `insert into receipts (id, decided_at, policy_version, method, granted, denied, gpc, dnt, language, origin, path)
         values ($1, now() - interval '1096 days', '1', 'accept-all', '{analytics}', '{}', false, false, 'en', $2, '/')`,
        [old, ORIGIN],
      );
      const answer = await (await admin(base, '/v1/admin/purge', { method: 'POST' })).json();
      assert.ok(answer.purged >= 1);
      assert.equal(await stored(old), 0);
      assert.equal(await stored(recent.id), 1);
      const tooOld = await send(base, receipt({ decidedAt: new Date(Date.now() - 1100 * 864e5).toISOString() }));
      assert.equal(tooOld.status, 422);
    });

    it('renews the consent cookie of this very decision with Set-Cookie, as the store writes it', async () => {
      const sent = receipt({ cookie: { name: 'assent', domain: 'shop.example', days: 182 } });
      const value = `1~2026-01~${Date.now().toString(36)}~${sent.id}~2~analytics~1x2y3z`;
      const answer = await send(base, sent, { cookie: `other=1; assent=${value}` });
      assert.equal(
        answer.headers.get('set-cookie'),
        `assent=${value}; Path=/; Max-Age=15724800; Domain=shop.example; SameSite=Lax`,
      );
      const https = await send(base, sent, { cookie: `assent=${value}`, 'x-forwarded-proto': 'https' });
      assert.match(https.headers.get('set-cookie') ?? '', /; SameSite=Lax; Secure$/);
      const another = receipt({ cookie: { name: 'assent', days: 182 } });
      assert.equal((await send(base, another, { cookie: `assent=${value}` })).headers.get('set-cookie'), null);
      // A decision that grants services one by one (format 2) is renewed as well; a format-1 value with a services
      // field is no cookie the store writes.
      const withServices = `2~2026-01~${Date.now().toString(36)}~${sent.id}~4~analytics~youtube.vimeo~4a5b6c`;
      const renewed = await send(base, sent, { cookie: `assent=${withServices}` });
      assert.match(renewed.headers.get('set-cookie') ?? '', new RegExp(`^assent=${withServices}; Path=/;`));
      const misshapen = `1~2026-01~${Date.now().toString(36)}~${sent.id}~4~analytics~youtube~4a5b6c`;
      assert.equal((await send(base, sent, { cookie: `assent=${misshapen}` })).headers.get('set-cookie'), null);
    });

    it('reports health, readiness and serves the dashboard under a strict policy', async () => {
      assert.deepEqual(await (await fetch(`${base}/healthz`)).json(), { status: 'ok' });
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 200);
      assert.equal((await ready.json()).database, database.name === 'PGlite' ? 'pglite' : 'postgres');
      const page = await fetch(`${base}/dashboard`);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.match(await page.text(), /<script src="\/dashboard\/uPlot.js"/);
      const stats = await (await admin(base, '/v1/admin/stats?days=7')).json();
      assert.ok(stats.perDay.some((/** @type {{ method: string }} */ row) => row.method === 'custom'));
      assert.ok(stats.granted.some((/** @type {{ category: string }} */ row) => row.category === 'analytics'));
      assert.ok(stats.versions.some((/** @type {{ policyVersion: string }} */ row) => row.policyVersion === '2026-01'));
    });

    it('answers 503 while the database is down, and stores the receipt once it is back', async (t) => {
      const sent = receipt();
      if (opened.server) await opened.server.down();
      else await running.collector.db.close(); // PGlite lives in the process: closing it is its way to fail
      const refused = await send(base, sent);
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '30');
      assert.match(refused.body.error, /send it again later/);
      assert.equal((await fetch(`${base}/readyz`)).status, 503);
      if (!opened.server) return t.diagnostic('PGlite cannot come back inside the process; the restart tests cover it');
      await opened.server.up();
      const retried = await send(base, sent);
      assert.equal(retried.status, 201);
      assert.equal(await stored(sent.id), 1);
    });
  });
}
