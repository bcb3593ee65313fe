// Each seed policy's configuration of the storefront (../shared/POLICIES.md), and the promises it must keep.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { banner, button, buy, dataLayer, settle, useShop, visitor } from './harness.mjs';

const shop = useShop();

async function open(policy, options) {
  const visit = await visitor(shop.browser, shop.origin, options);
  await visit.page.goto(`${shop.origin}/?policy=${policy}`);
  await banner(visit.page).waitFor();
  return visit;
}
const state = (page) => page.evaluate(() => window.assent.get());
const switches = (page) => page.locator('assent-banner dialog[open]').getByRole('switch');
async function preferences(page) {
  await button(page, 'Customize').click();
  await page.locator('assent-banner dialog[open]').getByRole('button', { name: 'Save choices' }).waitFor();
}
const listed = (page) => page.locator('assent-banner dialog[open]').textContent();

describe('every policy: nothing third-party before consent', () => {
  for (const policy of ['000', '001', '002', '003', '004']) {
    it(`${policy}: a first visit requests no third party, runs no gated script and sets no optional cookie`, async () => {
      const visit = await open(policy);
      await visit.page.goto(`${shop.origin}/product.html?sku=meridian`);
      await banner(visit.page).waitFor();
      await settle(visit.page);
      assert.deepEqual(visit.tracking(), []);
      const gated = await visit.page.evaluate(() =>
        [...document.querySelectorAll('[data-consent]')].map((element) =>
          element.tagName === 'SCRIPT' ? element.type : element.getAttribute('src'),
        ),
      );
      assert.ok(gated.length > 0, 'the page has gated elements');
      assert.ok(
        gated.every((value) => value === 'text/plain' || value === null),
        `inert: ${gated}`,
      );
      assert.deepEqual(Object.keys(await visit.cookies()).sort(), ['shop_policy']);
      assert.deepEqual(visit.log.errors, []);
      await visit.close();
    });
  }
});

describe('000, the optics store: cart necessary, GA only with consent, anonymized, no advertising features', () => {
  it('keeps the cart working before any decision and sends nothing until consent', async () => {
    const visit = await open('000');
    await visit.page.goto(`${shop.origin}/product.html?sku=aurora`);
    await visit.page.getByRole('button', { name: 'Add to cart' }).click();
    assert.equal(await visit.page.locator('#cart-count').textContent(), '1');
    assert.equal((await state(visit.page)).status, 'pending');
    await settle(visit.page);
    assert.deepEqual(visit.tracking(), []);
    await visit.close();
  });

  it('lists the analytics providers by name and keeps Google advertising off even with everything accepted', async () => {
    const visit = await open('000');
    await preferences(visit.page);
    const text = await listed(visit.page);
    assert.match(text, /Google Analytics/);
    assert.match(text, /Shop statistics/);
    await button(visit.page, 'Accept all').click();
    await settle(visit.page);
    const { categories } = await state(visit.page);
    // Cookies for the cart and aggregate traffic data, as the policy says: nothing to ask about marketing.
    assert.deepEqual(categories, { necessary: true, analytics: true });
    const layer = (await dataLayer(visit.page)).filter(Array.isArray);
    const granted = layer
      .filter(([command, action]) => command === 'consent' && action === 'update')
      .flatMap(([, , update]) =>
        Object.entries(update)
          .filter(([, value]) => value === 'granted')
          .map(([key]) => key),
      );
    assert.deepEqual(granted, ['analytics_storage'], 'ad_storage, ad_user_data and ad_personalization never granted');
    const configs = layer.filter(([command]) => command === 'config');
    assert.ok(configs.length >= 1);
    for (const [, , config] of configs) {
      assert.equal(config.anonymize_ip, true);
      assert.equal(config.allow_google_signals, false);
      assert.equal(config.allow_ad_personalization_signals, false);
    }
    await visit.close();
  });
});

describe('001, the consultancy: only a preferences cookie, never tracking', () => {
  it('offers only preferences, runs no third party even after "Accept all", and remembers the currency only with consent', async () => {
    const visit = await open('001');
    await preferences(visit.page);
    assert.deepEqual(await switches(visit.page).evaluateAll((inputs) => inputs.map((input) => input.name)), [
      'necessary',
      'preferences',
    ]);
    await button(visit.page, 'Reject all').click();
    await visit.page.selectOption('#currency', 'GBP');
    assert.equal((await visit.cookies()).shop_currency, undefined, 'not remembered without consent');

    await visit.page.getByRole('link', { name: 'Cookie settings' }).click();
    await button(visit.page, 'Accept all').click();
    await visit.page.locator('html[data-currency-remembered]').waitFor({ state: 'attached' });
    await visit.page.selectOption('#currency', 'USD');
    assert.equal((await visit.cookies()).shop_currency?.value, 'USD');
    await visit.page.reload();
    assert.equal(await visit.page.locator('#currency').inputValue(), 'USD');
    await settle(visit.page);
    assert.deepEqual(visit.tracking(), []);
    assert.equal(await visit.page.evaluate(() => window.dataLayer), undefined, 'no Google Analytics at all');

    // Withdrawal in "Cookie settings" deletes the preference cookie, and a later pick is not remembered either.
    await visit.page.getByRole('link', { name: 'Cookie settings' }).click();
    await visit.page.getByRole('switch', { name: 'Preferences' }).uncheck();
    await button(visit.page, 'Save choices').click();
    await banner(visit.page).waitFor({ state: 'detached' });
    assert.equal((await visit.cookies()).shop_currency, undefined);
    await visit.page.selectOption('#currency', 'GBP');
    assert.equal((await visit.cookies()).shop_currency, undefined, 'not remembered after withdrawal');
    await visit.close();
  });
});

describe('002, the optical lab: opt-in marketing, Do Not Track and GPC honoured, withdrawal deletes', () => {
  it('treats Do Not Track as an objection: "Accept all" grants neither analytics nor marketing', async () => {
    const visit = await open('002', {
      headers: { DNT: '1' },
      init: () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }),
    });
    await button(visit.page, 'Accept all').click();
    await settle(visit.page);
    const { categories, dnt } = await state(visit.page);
    assert.equal(dnt, true);
    assert.deepEqual(categories, { necessary: true, analytics: false, marketing: false });
    assert.deepEqual(visit.tracking(), []);
    await visit.close();
  });

  it('honours Global Privacy Control: marketing stays off through "Accept all"', async () => {
    const visit = await open('002', {
      init: () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    });
    await button(visit.page, 'Accept all').click();
    await settle(visit.page);
    assert.deepEqual((await state(visit.page)).categories, { necessary: true, analytics: true, marketing: false });
    assert.ok(!visit.tracking().some((path) => path.startsWith('/third-party/pixel')), 'no ad pixel');
    await visit.close();
  });

  it('never pre-ticks marketing, and withdrawing marketing deletes its cookie', async () => {
    const visit = await open('002');
    await preferences(visit.page);
    assert.equal(await visit.page.getByRole('switch', { name: 'Marketing' }).isChecked(), false);
    await button(visit.page, 'Accept all').click();
    await settle(visit.page);
    assert.ok((await visit.cookies())._adpx, 'the pixel ran with consent');
    await visit.page.getByRole('link', { name: 'Cookie settings' }).click();
    await visit.page.getByRole('switch', { name: 'Marketing' }).uncheck();
    await button(visit.page, 'Save choices').click();
    const cookies = await visit.cookies();
    assert.equal(cookies._adpx, undefined);
    assert.ok(cookies._shopstats, 'analytics kept');
    // "We do not knowingly enable other parties to collect … across different sites": not even with consent.
    assert.ok(!visit.paths().some((path) => path.startsWith('/third-party/video')), 'no cross-site video embed');
    await visit.close();
  });
});

describe('003, the marketing firm: named partners, newest choice wins, new uses asked again', () => {
  const marketing = (page) => page.locator('assent-banner dialog[open]').getByRole('checkbox', { name: 'Marketing' });
  const partner = (page, name) => page.locator('assent-banner dialog[open]').getByRole('switch', { name });

  it('names its advertising partners, each with a switch of its own, all off', async () => {
    const visit = await open('003');
    await preferences(visit.page);
    await listed(visit.page);
    // Every marketing service by name, with the cookies it sets.
    const services = await visit.page
      .locator('assent-banner [part~=category]')
      .filter({ hasText: 'Marketing' })
      .locator('li')
      .allTextContents();
    assert.deepEqual(
      services.map((service) => service.replace(/\s+/g, ' ').trim()),
      [
        'AdPixel Our partner for ad measurement. Cookies: _adpx',
        'VideoHost Plays our fitting videos; sets cookies to recognise you across sites. Cookies: _vh_id',
      ],
    );
    assert.deepEqual(
      [await partner(visit.page, 'AdPixel').isChecked(), await partner(visit.page, 'VideoHost').isChecked()],
      [false, false],
    );
    assert.equal(await marketing(visit.page).isChecked(), false);
    await visit.close();
  });

  it('lets a visitor watch the partner video without the ad pixel: VideoHost switched on alone', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    const { page } = visit;
    await page.goto(`${shop.origin}/product.html?sku=aurora&policy=003`);
    await banner(page).waitFor();
    await page.locator('assent-placeholder').getByText('Content from VideoHost').waitFor();
    await settle(page);
    const video = page.locator('#video iframe');
    assert.equal(await video.getAttribute('data-consent'), 'videohost', 'the embed waits for its service');
    assert.equal(await page.locator('script[src="/third-party/pixel.js"]').getAttribute('data-consent'), 'adpixel');
    await preferences(page);
    await partner(page, 'VideoHost').check();
    assert.equal(await marketing(page).evaluate((input) => input.indeterminate), true, 'marketing partly on');
    await button(page, 'Save choices').click();
    await banner(page).waitFor({ state: 'detached' });
    await video.and(page.locator('[src="/third-party/video.html"]')).waitFor();
    await settle(page);
    assert.ok(visit.tracking().includes('/third-party/video.html'));
    assert.ok(!visit.tracking().includes('/third-party/pixel.js'), 'the ad pixel still waits');
    const now = await state(page);
    assert.deepEqual(now.services, { adpixel: false, videohost: true });
    assert.equal(now.categories.marketing, true, 'marketing is on while one of its partners is');
    assert.equal((await visit.cookies())._adpx, undefined);

    // Withdrawing VideoHost later, from the footer's "Cookie settings": the next page keeps its embed waiting.
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await banner(page).waitFor();
    await partner(page, 'VideoHost').uncheck();
    await button(page, 'Save choices').click();
    await banner(page).waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('assent-placeholder').getByText('Content from VideoHost').waitFor();
    assert.equal(await video.getAttribute('src'), null);
    assert.deepEqual((await state(page)).services, { adpixel: false, videohost: false });
    assert.deepEqual(visit.log.errors, []);
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it("shows Assent's placeholder for the partner video until marketing is allowed, then plays it, under the strict CSP", async () => {
    const visit = await open('003');
    await settle(visit.page);
    await visit.page.locator('assent-placeholder').getByText('Content from VideoHost').waitFor();
    assert.equal(await visit.page.locator('#video iframe').getAttribute('src'), null);
    await preferences(visit.page);
    await marketing(visit.page).check();
    await button(visit.page, 'Save choices').click();
    await settle(visit.page);
    assert.equal(await visit.page.locator('assent-placeholder').count(), 0);
    assert.ok(visit.paths().includes('/third-party/video.html'));
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it('lets the newest decision win in every open tab', async () => {
    const visit = await open('003');
    const other = await visit.tab();
    await other.goto(`${shop.origin}/cart.html`);
    await button(visit.page, 'Accept all').click();
    await other.waitForFunction(() => window.assent.get().categories.marketing === true, null, { timeout: 2000 });
    // The partner's pixel has run and set its cookie: the withdrawal below must take it away.
    await visit.page.waitForFunction(() => document.cookie.includes('_adpx='));
    await other.evaluate(() => window.assent.rejectAll());
    await visit.page.waitForFunction(() => window.assent.get().method === 'reject-all', null, { timeout: 2000 });
    assert.deepEqual((await state(visit.page)).categories, { necessary: true, preferences: false, marketing: false });
    assert.equal((await visit.cookies())._adpx, undefined, 'the withdrawn partner cookie is gone');
    await visit.close();
  });

  it('asks again when a new policy version announces new uses, starting from the previous choices', async () => {
    const visit = await open('003');
    await preferences(visit.page);
    await marketing(visit.page).check();
    await button(visit.page, 'Save choices').click();
    await visit.page.route(`${shop.origin}/js/policy.js`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace("'003-2011-11'", "'003-2012-01'") });
    });
    await visit.page.goto(`${shop.origin}/`);
    await banner(visit.page).waitFor();
    const now = await state(visit.page);
    assert.equal(now.status, 'pending');
    assert.equal(now.categories.marketing, false, 'the old choice is not applied');
    await preferences(visit.page);
    assert.equal(await marketing(visit.page).isChecked(), true, 'but offered as the default');
    assert.equal(await partner(visit.page, 'VideoHost').isChecked(), true, 'each partner as chosen before');
    assert.equal(await visit.page.getByRole('switch', { name: 'Preferences' }).isChecked(), false);
    await visit.close();
  });
});

describe('004, the LED screen shop: opt-in although it says visiting is acceptance; payment necessary', () => {
  it('grants nothing by visiting, and takes orders after "Reject all"', async () => {
    const visit = await open('004');
    await visit.page.goto(`${shop.origin}/product.html?sku=polar`);
    await settle(visit.page);
    const before = await state(visit.page);
    assert.equal(before.status, 'pending');
    assert.deepEqual(before.categories, { necessary: true, preferences: false, analytics: false });
    assert.deepEqual(visit.tracking(), []);
    await button(visit.page, 'Reject all').click();
    await buy(visit.page, shop.origin, ['solution']);
    assert.equal(await visit.page.locator('#order-total').textContent(), '€17.40');
    await settle(visit.page);
    assert.deepEqual(visit.tracking(), []);
    await visit.close();
  });

  it('can run in opt-out mode, for a site outside the EU that chooses it: granted until the visitor objects', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    await visit.page.route(`${shop.origin}/js/policy.js`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace("mode: 'opt-in'", "mode: 'opt-out'") });
    });
    await visit.page.goto(`${shop.origin}/?policy=004`);
    await banner(visit.page).waitFor();
    await settle(visit.page);
    const before = await state(visit.page);
    assert.equal(before.status, 'pending', 'the banner still tells and asks');
    assert.deepEqual(before.categories, { necessary: true, preferences: true, analytics: true });
    assert.ok(
      visit.paths().some((path) => path.startsWith('/third-party/gtag/js')),
      'analytics runs before a decision',
    );
    assert.ok((await visit.cookies())._shopstats, 'the statistics script ran');

    await button(visit.page, 'Reject all').click();
    await banner(visit.page).waitFor({ state: 'detached' });
    await settle(visit.page);
    const cookies = await visit.cookies();
    assert.deepEqual(
      Object.keys(cookies).filter((name) => /^_(ga|gid|shopstats)/.test(name)),
      [],
      'analytics cookies deleted',
    );
    assert.equal(await visit.page.evaluate(() => window['ga-disable-G-OPTOKD004']), true, 'GA stopped at once');
    const mark = visit.mark();
    await visit.page.goto(`${shop.origin}/`);
    await settle(visit.page);
    assert.deepEqual(visit.tracking(mark), [], 'nothing after the objection, on the next page either');
    await visit.close();
  });

  it('answers Global Privacy Control by itself in opt-out mode, recorded as the decision', async () => {
    const visit = await visitor(shop.browser, shop.origin, {
      init: () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    });
    await visit.page.route(`${shop.origin}/js/policy.js`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace("mode: 'opt-in'", "mode: 'opt-out'") });
    });
    await visit.page.goto(`${shop.origin}/?policy=004`);
    await settle(visit.page);
    assert.equal(await banner(visit.page).count(), 0, 'no banner: the browser has answered');
    assert.deepEqual(
      await visit.page.evaluate(() => {
        const { status, method } = window.assent.get();
        return { status, method };
      }),
      { status: 'decided', method: 'gpc' },
    );
    await visit.close();
  });
});
