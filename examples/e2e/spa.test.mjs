// The single-page app built from the npm packages: consent holds across client-side route changes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSpaServer } from '../spa/serve.mjs';
import { banner, button, gaHits, launch, settle, visitor } from './harness.mjs';

let app;
let browser;
before(async () => {
  const server = createSpaServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  app = {
    origin: `http://www.shop.test:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

describe('the single-page app on the npm packages', () => {
  it('asks first, binds its UI to the store, and keeps consent and gating across route changes', async () => {
    const visit = await visitor(browser, app.origin);
    const { page } = visit;
    await page.goto(`${app.origin}/frames`);
    await banner(page).waitFor();
    assert.equal(await page.locator('#analytics-badge').textContent(), 'Analytics off');
    await settle(page);
    assert.deepEqual(visit.tracking(), [], 'nothing before consent');
    // The video added by the Frames screen waits under Assent's placeholder, not markup of the app's own.
    await page.locator('assent-placeholder').getByText('Content from VideoHost').waitFor();
    assert.equal(await page.locator('.video iframe').getAttribute('src'), null);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.video p').length), 0, 'no text of its own');
    // A marker that a full page load would wipe out.
    await page.evaluate(() => {
      window.sameDocument = true;
    });

    await button(page, 'Accept all').click();
    await banner(page).waitFor({ state: 'detached' });
    await page.locator('assent-placeholder').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#analytics-badge').textContent(), 'Analytics on');
    await page.locator('.video iframe[src="/third-party/video.html"]').waitFor();

    const mark = visit.mark();
    await page.getByRole('link', { name: 'Privacy settings' }).click();
    await page.waitForURL('**/privacy');
    assert.equal(await page.locator('[data-category="analytics"]').textContent(), 'allowed');
    await page.getByRole('link', { name: 'Frames' }).click();
    await page.waitForURL('**/frames');
    await page.locator('.video iframe[src="/third-party/video.html"]').waitFor();
    await settle(page);
    // The first page view comes with gtag's config once consent is given; screen changes carry page_path.
    const views = gaHits(visit, mark)
      .filter((hit) => hit.get('en') === 'page_view' && hit.has('ep.page_path'))
      .map((hit) => hit.get('ep.page_path'));
    assert.deepEqual(views, ['/privacy', '/frames'], 'one page view per screen, with consent');

    // Withdrawal from the settings screen: the bound UI follows and the banner asks again.
    assert.ok(
      Object.keys(await visit.cookies()).some((name) => /^_ga/.test(name)),
      'GA set its cookies with consent',
    );
    await page.getByRole('link', { name: 'Privacy settings' }).click();
    await page.getByRole('button', { name: 'Withdraw all consent' }).click();
    assert.equal(await page.locator('#status').textContent(), 'pending');
    assert.equal(await page.locator('#analytics-badge').textContent(), 'Analytics off');
    await banner(page).waitFor();
    const cookies = await visit.cookies();
    assert.ok(!Object.keys(cookies).some((name) => /^_ga/.test(name)), 'GA cookies deleted');
    const after = visit.mark();
    await page.getByRole('link', { name: 'Home' }).click();
    await settle(page);
    assert.deepEqual(visit.tracking(after), [], 'no page view after withdrawal');
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load happened');
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });
});
