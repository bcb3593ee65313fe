// Per-service consent over the built dist/assent.js: a shop that declares its services with an id (YouTube and an
// ad pixel in marketing, Google Analytics and its own statistics in analytics) under its strict CSP. Nothing
// third-party runs before the visitor's choice; the preferences fetch the switch per service (and only on such a
// page); YouTube switched on loads the video alone, not the pixel, and not Google Analytics, which follows its own
// service.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../storefront/serve.mjs';
import { banner, button, settle, useShop, visitor } from './harness.mjs';

const shop = useShop();
const SWITCHES = /^\/dist\/chunks\/services-[\w-]+\.js$/;

const CONFIG = `window.assentConfig = {
  policyVersion: 'services-1',
  gaScriptUrl: '/third-party/gtag/js',
  categories: [
    { name: 'analytics', services: [
      { id: 'google-analytics', name: 'Google Analytics', cookies: [/^_ga/, '_gid'] },
      { id: 'shop-stats', name: 'Shop statistics', cookies: ['_shopstats'] },
    ] },
    { name: 'marketing', services: [
      { id: 'youtube', name: 'VideoHost', description: 'Product videos' },
      { id: 'pixel', name: 'Ad pixel', cookies: ['_adpx'] },
    ] },
  ],
};`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Services</title>
<script src="/services-config.js"></script>
<script src="/dist/assent.js" defer data-ga="G-SERVICES1" data-privacy-url="/privacy.html"></script>
</head><body><main><h1>Lens &amp; Co</h1>
<iframe data-consent="youtube" data-src="/third-party/video.html" title="Fitting video" width="320" height="180"></iframe>
<script type="text/plain" data-consent="pixel" src="/third-party/pixel.js"></script>
</main></body></html>`;

async function servicesPage() {
  const visit = await visitor(shop.browser, shop.origin);
  const headers = { 'content-security-policy': STRICT_CSP };
  await visit.context.route(`${shop.origin}/services.html`, (route) =>
    route.fulfill({ contentType: 'text/html', headers, body: PAGE }),
  );
  await visit.context.route(`${shop.origin}/services-config.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', headers, body: CONFIG }),
  );
  await visit.page.goto(`${shop.origin}/services.html`);
  await banner(visit.page).waitFor();
  await settle(visit.page);
  return visit;
}
const switchOf = (page, name) => page.locator(`assent-banner input[name="${name}"]`);

describe('per-service consent (dist/assent.js)', () => {
  it('loads YouTube alone once the visitor switches it on, and nothing third-party before', async () => {
    const visit = await servicesPage();
    const { page } = visit;
    assert.deepEqual(visit.tracking(), [], 'nothing third-party before a choice');
    await button(page, 'Customize').click();
    await switchOf(page, 'youtube').waitFor();
    assert.ok(
      visit.paths().some((path) => SWITCHES.test(path)),
      'the switch per service was fetched',
    );
    assert.equal(await switchOf(page, 'marketing').isChecked(), false);
    await switchOf(page, 'youtube').check();
    assert.equal(
      await switchOf(page, 'marketing').evaluate((input) => input.indeterminate),
      true,
      'marketing shown as partly on',
    );
    await button(page, 'Save choices').click();
    await page.waitForFunction(() => document.querySelector('iframe').getAttribute('src'));
    await settle(page);
    assert.deepEqual(
      visit.tracking().filter((path) => !path.startsWith('/third-party/video')),
      [],
      'neither the ad pixel nor Google Analytics',
    );
    assert.ok(visit.tracking().includes('/third-party/video.html'));
    const state = await page.evaluate(() => ({
      youtube: window.assent.allowed('youtube'),
      pixel: window.assent.allowed('pixel'),
      services: window.assent.get().services,
    }));
    assert.deepEqual(state, {
      youtube: true,
      pixel: false,
      services: { 'google-analytics': false, 'shop-stats': false, youtube: true, pixel: false },
    });
    assert.match((await visit.cookies()).assent.value, /^2~services-1~\w+~[0-9a-f]{16}~2~~youtube~\w+$/);
    assert.deepEqual(visit.log.violations, [], 'nothing the strict CSP refuses');
    assert.deepEqual(visit.log.errors, []);
    await visit.close();
  });

  it('runs Google Analytics only when its own service is granted, not with the rest of analytics', async () => {
    const visit = await servicesPage();
    const { page } = visit;
    await button(page, 'Customize').click();
    await switchOf(page, 'shop-stats').check();
    await button(page, 'Save choices').click();
    await settle(page);
    assert.equal(await page.evaluate(() => window.assent.allowed('analytics')), true);
    assert.deepEqual(visit.tracking(), [], 'statistics granted: Google still not asked');
    await page.evaluate(() => window.assent.openPreferences());
    await switchOf(page, 'google-analytics').check();
    await button(page, 'Save choices').click();
    await page.waitForFunction(() => window.dataLayer?.some((entry) => entry[0] === 'config'));
    await settle(page);
    assert.ok(visit.tracking().some((path) => path.startsWith('/third-party/gtag/js')));
    assert.ok(!visit.tracking().includes('/third-party/pixel.js'));
    assert.deepEqual(visit.log.errors, []);
    await visit.close();
  });

  it('never fetches the switch per service on a page whose services have no id', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    await visit.page.goto(`${shop.origin}/`);
    await banner(visit.page).waitFor();
    await button(visit.page, 'Customize').click();
    await settle(visit.page);
    assert.deepEqual(
      visit.paths().filter((path) => SWITCHES.test(path)),
      [],
    );
    await visit.close();
  });
});
