// Placeholders over embeds that wait for consent, over the built dist/assent.js: the storefront's partner video
// (policy 003, the stand-in VideoHost under /third-party/) and an embed from a foreign host. Nothing reaches the
// video's host before the visitor clicks; "Load this once" loads it without recording consent; "Always allow"
// records it; the page does not move; axe finds nothing; a page without such embeds never loads the placeholders.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { banner, settle, useShop, visitor } from './harness.mjs';

const shop = useShop();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PLACEHOLDERS = '/dist/assent-placeholders.js';

async function productPage() {
  const visit = await visitor(shop.browser, shop.origin);
  await visit.page.goto(`${shop.origin}/product.html?sku=aurora&policy=003`);
  await banner(visit.page).waitFor();
  await visit.page.locator('assent-placeholder').getByText('Content from VideoHost').waitFor();
  await settle(visit.page);
  return visit;
}
const placeholder = (page) => page.locator('assent-placeholder');
const video = (page) => page.locator('#video iframe');
const videoRequests = (visit) => visit.tracking().filter((path) => path.startsWith('/third-party/video'));
// Where an element lies on the page (not in the viewport, which a click may scroll).
const box = (locator) =>
  locator.evaluate((element) => {
    const { left, top, width, height } = element.getBoundingClientRect();
    return { x: left + scrollX, y: top + scrollY, width, height };
  });
const state = (page) => page.evaluate(() => window.assent.get());

describe('placeholders over embeds that wait for consent (dist/assent.js)', () => {
  it('show who the video comes from, over its exact box, and nothing reaches the video host before a click', async () => {
    const visit = await productPage();
    const { page } = visit;
    assert.deepEqual(visit.tracking(), [], 'no third party: neither the video nor the ad pixel');
    assert.equal(await video(page).getAttribute('src'), null);
    assert.deepEqual(await box(placeholder(page)), await box(video(page)));
    const text = await placeholder(page).locator('[part~=text]').textContent();
    assert.match(
      text,
      /^Loading it sends your IP address and the address of this page to VideoHost \(www\.shop\.test:\d+\)/,
    );
    assert.ok(visit.paths().includes(PLACEHOLDERS));
    assert.ok(visit.paths().includes('/img/video-poster.svg'), "the preview is the shop's own");
    assert.deepEqual(visit.log.violations, [], 'nothing the strict CSP refuses');
    assert.deepEqual(visit.log.errors, []);
    await visit.close();
  });

  it('"Load this once" plays this video without recording consent or moving the page', async () => {
    const visit = await productPage();
    const { page } = visit;
    const before = await box(video(page));
    await page.evaluate(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
        type: 'layout-shift',
      });
    });
    await placeholder(page).getByRole('button', { name: 'Load this once' }).click();
    await page.waitForFunction(
      () => document.querySelector('#video iframe').contentDocument?.readyState === 'complete',
    );
    await settle(page);
    assert.deepEqual(videoRequests(visit), [
      '/third-party/video.html',
      '/third-party/video.css',
      '/third-party/video.js',
    ]);
    assert.equal(await placeholder(page).count(), 0);
    assert.deepEqual(await box(video(page)), before);
    assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
    const cookies = await visit.cookies();
    assert.equal(cookies.assent, undefined, 'no consent cookie');
    assert.equal((await state(page)).status, 'pending');
    assert.ok(await banner(page).isVisible(), 'the banner still asks');
    assert.ok(!visit.tracking().includes('/third-party/pixel.js'), 'the rest of marketing still waits');
    await visit.close();
  });

  it('"Always allow VideoHost" records the visitor\'s choice of that partner alone, and the video plays', async () => {
    const visit = await productPage();
    const { page } = visit;
    await placeholder(page).getByRole('button', { name: 'Always allow VideoHost' }).click();
    await banner(page).waitFor({ state: 'detached' });
    await settle(page);
    const decision = await state(page);
    assert.equal(decision.status, 'decided');
    assert.equal(decision.method, 'custom');
    assert.deepEqual(decision.categories, { necessary: true, preferences: false, marketing: true });
    // Policy 003 lets visitors choose its partners one by one: the ad pixel stays off.
    assert.deepEqual(decision.services, { adpixel: false, videohost: true });
    assert.ok(!visit.tracking().includes('/third-party/pixel.js'), 'the ad pixel still waits');
    assert.ok((await visit.cookies()).assent, 'the consent cookie is written');
    assert.equal(await video(page).getAttribute('src'), '/third-party/video.html');
    assert.equal(await placeholder(page).count(), 0);
    await visit.close();
  });

  it('keep an embed from a foreign host unrequested until a click, and pass axe', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    const { page } = visit;
    await page.route(`${shop.origin}/embed.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title>
<script src="/dist/assent.js" data-policy-version="1" data-categories="marketing" data-privacy-url="/privacy.html"></script>
</head><body><main><h1>Our map</h1>
<iframe data-consent="marketing" data-src="https://maps.video.example/embed?q=shop" title="Map to the shop" width="600" height="338"></iframe>
</main></body></html>`,
      }),
    );
    await page.goto(`${shop.origin}/embed.html`);
    await placeholder(page).getByText('Content from maps.video.example').waitFor();
    await settle(page);
    assert.deepEqual(visit.log.foreign, []);
    await page.evaluate(axeSource);
    const { violations } = await page.evaluate(() => window.axe.run(document.querySelector('main')));
    assert.deepEqual(
      violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
      [],
    );
    await placeholder(page).getByRole('button', { name: 'Load this once' }).click();
    await page.waitForFunction(() => document.querySelector('iframe').hasAttribute('src'));
    await settle(page);
    assert.deepEqual(visit.log.foreign, ['https://maps.video.example/embed?q=shop']);
    await visit.close();
  });

  it('stay off with data-placeholders="off": the embed is blank and inert, and the placeholders are never fetched', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    const { page } = visit;
    const productPage = `${shop.origin}/product.html?sku=aurora&policy=003`;
    await page.route(productPage, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replace('<script src="/dist/assent.js"', '$& data-placeholders="off"'),
      });
    });
    await page.goto(productPage);
    await banner(page).waitFor();
    await settle(page);
    assert.equal(await page.locator('script[data-placeholders="off"]').count(), 1, 'the tag was rewritten');
    assert.equal(await placeholder(page).count(), 0);
    assert.equal(await video(page).getAttribute('src'), null);
    assert.ok(!visit.paths().includes(PLACEHOLDERS));
    assert.deepEqual(visit.tracking(), [], 'no third party');
    assert.deepEqual(visit.log.errors, []);
    // The shop's own placeholder would let the visitor allow marketing; the embed then loads as before.
    await page.evaluate(() => window.assent.update({ marketing: true }));
    await video(page).and(page.locator('[src="/third-party/video.html"]')).waitFor();
    await visit.close();
  });

  it('are never downloaded on a page without waiting embeds, nor once their consent is given', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    const { page } = visit;
    await page.goto(`${shop.origin}/?policy=000`);
    await banner(page).waitFor();
    await settle(page);
    assert.ok(!visit.paths().includes(PLACEHOLDERS), 'no embed on this page');
    await page.goto(`${shop.origin}/product.html?sku=aurora&policy=003`);
    await page.evaluate(() => window.assent.acceptAll());
    const mark = visit.mark();
    await page.reload();
    await settle(page);
    assert.equal(await video(page).getAttribute('src'), '/third-party/video.html');
    assert.ok(!visit.paths(mark).includes(PLACEHOLDERS), 'marketing allowed: nothing waits');
    await visit.close();
  });
});
