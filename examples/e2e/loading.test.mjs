// How a site may load assent.js: a plain tag in <head> (blocking), `defer` (the README's recommendation) or
// `async`. In each, gated elements stay inert until consent, then run once each in document order, late-added
// ones too, and the Consent Mode defaults are in the dataLayer before gtag.js or a later site tag reads it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { button, dataLayer, settle, useShop, visitor } from './harness.mjs';

const shop = useShop({ csp: false });
const GATED = 40;

// A long page with the Assent tag loaded as `how` says, 40 gated inline scripts among the products, and a site
// script after the tag (deferred like it) that notes what the dataLayer held when it ran.
function page(how) {
  const products = [];
  for (let n = 1; n <= GATED * 5; n++) {
    products.push(`<article><h2>Frame ${n}</h2><button>Add to cart</button></article>`);
    if (n % 5 === 0)
      products.push(
        `<script type="text/plain" data-consent="analytics">(window.ran = window.ran || []).push(${n / 5})</script>`,
      );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title>
<script>window.assentConfig = { gaScriptUrl: '/third-party/gtag/js' };</script>
<script src="/dist/assent.js" ${how} data-policy-version="1" data-categories="analytics marketing" data-ga="G-LOADING1"></script>
<script defer src="/site-tag.js"></script>
</head><body><main>${products.join('\n')}</main></body></html>`;
}

// The site's own tag: what was first in the dataLayer when it ran.
const SITE_TAG =
  'window.siteTagSaw = (window.dataLayer || []).map((e) => Array.from(e).slice(0, 2).join(" "))[0] || "nothing";';

async function open(visit, how) {
  await visit.context.route(`${shop.origin}/loading.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: page(how) }),
  );
  await visit.context.route(`${shop.origin}/site-tag.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: SITE_TAG }),
  );
  await visit.page.goto(`${shop.origin}/loading.html`);
}

const ran = (page) => page.evaluate(() => window.ran ?? []);
const inOrder = Array.from({ length: GATED }, (_, i) => i + 1);

for (const how of ['', 'defer', 'async']) {
  describe(`assent.js loaded ${how ? `with ${how}` : 'as a plain tag'}`, () => {
    it('keeps gated scripts inert until consent, then runs each once in document order, on this and the next visit', async () => {
      const visit = await visitor(shop.browser, shop.origin);
      await open(visit, how);
      await button(visit.page, 'Accept all').waitFor();
      await settle(visit.page);
      assert.deepEqual(await ran(visit.page), [], 'nothing ran before a decision');
      assert.deepEqual(visit.tracking(), [], 'nothing requested from analytics hosts');
      const [first] = await dataLayer(visit.page);
      assert.deepEqual(first.slice(0, 2), ['consent', 'default']);
      if (how !== 'async')
        assert.equal(
          await visit.page.evaluate(() => window.siteTagSaw),
          'consent default',
          'defaults before a later tag',
        );

      await button(visit.page, 'Accept all').click();
      await settle(visit.page);
      assert.deepEqual(await ran(visit.page), inOrder);
      // Added by a site script after the decision: runs at once, once.
      await visit.page.evaluate(() => {
        const late = document.createElement('script');
        late.type = 'text/plain';
        late.dataset.consent = 'analytics';
        late.text = 'window.ran.push("late")';
        document.body.append(late);
      });
      await visit.page.waitForFunction(() => window.ran.length === 41);

      await visit.page.reload();
      await settle(visit.page);
      assert.deepEqual(await ran(visit.page), inOrder, 'returning visit: each once, in order');
      assert.equal(await visit.page.locator('assent-banner').count(), 0);
      assert.deepEqual(visit.log.errors, []);
      await visit.close();
    });
  });
}
