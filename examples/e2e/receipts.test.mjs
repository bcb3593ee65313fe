// The storefront with its consent collector (as npm start runs it), over the built dist/assent.js with
// data-receipts: each decision made in the banner becomes a receipt in the collector's database, the visitor sees
// their consent reference (in the footer and in the banner's preferences), and the order confirmation asks the
// collector.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCollector } from '../../packages/collector/src/collector.js';
import { DEMO_CUSTOMER } from '../storefront/js/demo-customer.js';
import { banner, button, launch, serve, settle, visitor } from './harness.mjs';

const options = {};
const shop = {};
const dataDir = mkdtempSync(join(tmpdir(), 'assent-e2e-collector-'));
before(
  async () => {
    const adminToken = 'e2e-admin-token-0123456789';
    options.collector = { ...(await createCollector({ dataDir, adminToken, log: () => {} })), adminToken };
    shop.server = await serve(options);
    shop.origin = shop.server.origin;
    shop.browser = await launch();
  },
  { timeout: 180000 },
);
after(async () => {
  await shop.browser?.close();
  await shop.server?.close();
  await options.collector?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const receiptsOf = async () =>
  options.collector.db.query('select * from receipts where subject = $1 order by decided_at', [DEMO_CUSTOMER]);

describe('the storefront with its collector', () => {
  it('keeps each decision as a receipt and shows the visitor their consent reference', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    await visit.page.goto(`${shop.origin}/?policy=002`);
    await banner(visit.page).waitFor();
    assert.equal(await visit.page.locator('#consent-reference').isHidden(), true);
    await settle(visit.page);
    const toCollector = () => visit.paths().filter((path) => path.startsWith('/v1/'));
    assert.deepEqual(toCollector(), [], 'nothing is sent before a decision');
    await button(visit.page, 'Accept all').click();
    await settle(visit.page);
    const reference = visit.page.locator('#consent-reference code');
    await reference.waitFor({ state: 'visible' });
    const id = await reference.textContent();
    assert.match(id, /^[0-9a-f]{16}$/);
    assert.match((await visit.cookies()).assent.value, new RegExp(`~${id}~`));
    await visit.page.waitForFunction(
      async (url) => (await fetch(url)).status === 200,
      `${shop.origin}/v1/receipts/${id}`,
      { timeout: 10000 },
    );
    const [stored] = (await receiptsOf()).filter((row) => row.id === id);
    assert.equal(stored.method, 'accept-all');
    assert.deepEqual(stored.granted.includes('marketing'), true);
    assert.equal(stored.path, '/');
    assert.equal(stored.subject, DEMO_CUSTOMER);
    // assent.js fetched the receipts file because of data-receipts, and sent the receipt.
    assert.ok(visit.paths().includes('/dist/integrations/receipts.js'));
    assert.ok(toCollector().includes('/v1/receipts'));
    // The banner's preferences show the same reference.
    await visit.page.getByRole('link', { name: 'Cookie settings' }).click();
    await banner(visit.page).waitFor();
    const inBanner = visit.page.locator('assent-banner [part~="reference"]');
    assert.equal(await inBanner.textContent(), `Your consent reference: ${id}`);
    assert.deepEqual(visit.log.errors, []);
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it("answers the order confirmation from the customer's newest decision", async () => {
    const visit = await visitor(shop.browser, shop.origin);
    await visit.page.goto(`${shop.origin}/confirmation.html?policy=002`);
    const note = visit.page.locator('#marketing-emails');
    // The first test's visitor (the same demo customer, on another device) accepted marketing.
    await assert.doesNotReject(note.filter({ hasText: 'we will send you our newsletter' }).waitFor());
    await button(visit.page, 'Reject all').click();
    await settle(visit.page);
    const id = await visit.page.locator('#consent-reference code').textContent();
    await visit.page.waitForFunction(
      async (url) => (await fetch(url)).status === 200,
      `${shop.origin}/v1/receipts/${id}`,
    );
    await visit.page.reload();
    await note.filter({ hasText: 'We will not send you marketing e-mails' }).waitFor();
    await visit.close();
  });

  it('names the rule by region the decision was made under: a visitor in California, opt-out', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    await visit.page.goto(`${shop.origin}/?policy=002&region=US-CA`);
    await banner(visit.page).waitFor();
    await settle(visit.page);
    await button(visit.page, 'Do Not Sell or Share My Personal Information').click();
    await settle(visit.page);
    const id = await visit.page.evaluate(() => window.assent.get().id);
    await visit.page.waitForFunction(
      async (url) => (await fetch(url)).status === 200,
      `${shop.origin}/v1/receipts/${id}`,
      { timeout: 10000 },
    );
    const proof = await visit.page.evaluate(
      async (url) => (await fetch(url)).json(),
      `${shop.origin}/v1/receipts/${id}`,
    );
    assert.deepEqual([proof.mode, proof.region, proof.regionRule], ['opt-out', 'US-CA', 'US-CA']);
    assert.deepEqual([proof.granted, proof.denied], [['analytics'], ['marketing']]);
    await visit.close();
  });
});
