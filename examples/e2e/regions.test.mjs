// Rules by region over the built dist/assent.js: the storefront with policy 002 (analytics and marketing, Google
// Analytics) and its "Where the visitor is" switcher, which plays the shop's CDN by setting the assent_region
// cookie. A visitor in California gets opt-out with a "Do Not Sell or Share" notice; one in Germany, or one whose
// region is unknown, is asked for consent and nothing reaches an analytics host before it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { banner, button, dataLayer, settle, useShop, visitor } from './harness.mjs';

const shop = useShop();

async function open(region, options) {
  const visit = await visitor(shop.browser, shop.origin, options);
  await visit.page.goto(`${shop.origin}/?policy=002&region=${region}`);
  return visit;
}
// The shop's configuration, with German chosen (as a site does with data-lang or assentConfig.lang).
const inGerman = () => {
  let config;
  Object.defineProperty(window, 'assentConfig', {
    configurable: true,
    get: () => config,
    set: (value) => {
      config = { ...value, lang: 'de' };
    },
  });
};
const consentDefaults = async (page) =>
  (await dataLayer(page)).filter((entry) => Array.isArray(entry) && entry[0] === 'consent' && entry[1] === 'default');

describe('rules by region over dist/assent.js', () => {
  it('gives a visitor in California a notice: analytics runs until they object, "Do Not Sell or Share" stops marketing', async () => {
    const visit = await open('US-CA');
    await banner(visit.page).waitFor();
    assert.ok(visit.paths().includes('/dist/integrations/regions.js'), 'the rules by region are loaded');
    assert.ok(visit.paths().includes('/dist/i18n/notice/en.js'), "the notice's texts are fetched where it shows");
    const dialog = banner(visit.page);
    assert.equal(await dialog.getByRole('heading').textContent(), 'Your privacy choices');
    assert.match(await dialog.locator('[part~="text"]').textContent(), /unless you opt out\..*selling or sharing/);
    assert.equal(await button(visit.page, 'Accept all').count(), 0);
    // Opt-out: Google Analytics runs before any decision (its stand-in, served by the shop).
    await visit.page.waitForFunction(() => window.assent?.allowed?.('analytics'));
    await settle(visit.page);
    assert.ok(
      visit.paths().some((path) => path.startsWith('/third-party/gtag/js')),
      'gtag.js is loaded under opt-out',
    );
    // Consent Mode: a denied default scoped to the opt-in regions, then the one for everyone, then the update.
    const defaults = await consentDefaults(visit.page);
    assert.equal(defaults.length, 2);
    assert.ok(defaults[0][2].region.includes('DE') && defaults[0][2].region.includes('GB'));
    assert.ok(!defaults[0][2].region.includes('US-CA'));
    assert.equal(defaults[1][2].region, undefined);
    assert.equal(defaults[1][2].analytics_storage, 'denied');

    await button(visit.page, 'Do Not Sell or Share My Personal Information').click();
    await banner(visit.page).waitFor({ state: 'detached' });
    const state = await visit.page.evaluate(() => window.assent.get());
    assert.equal(state.status, 'decided');
    assert.equal(state.method, 'custom');
    assert.deepEqual(state.categories, { necessary: true, analytics: true, marketing: false });
    assert.deepEqual(visit.log.errors, []);
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it("requests the notice's texts beside the banner's file, not once it has come", async () => {
    const visit = await visitor(shop.browser, shop.origin);
    const order = [];
    visit.page.on('request', (request) => {
      if (request.url().includes('/dist/i18n/notice/')) order.push('notice requested');
    });
    // The banner's file comes a second late: what is requested meanwhile did not wait for it.
    await visit.context.route('**/dist/assent-banner.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      order.push('banner file answered');
      await route.continue();
    });
    await visit.page.goto(`${shop.origin}/?policy=002&region=US-CA`);
    await banner(visit.page).getByRole('heading', { name: 'Your privacy choices' }).waitFor();
    assert.deepEqual(order, ['notice requested', 'banner file answered']);
    assert.equal(visit.paths().filter((path) => path === '/dist/i18n/notice/en.js').length, 1, 'fetched once');
    assert.deepEqual(visit.log.errors, []);
    await visit.close();
  });

  it("gives a German speaker in California the notice in German, from its own file beside the language's", async () => {
    const visit = await open('US-CA', { init: inGerman });
    await banner(visit.page).getByRole('heading', { name: 'Ihre Datenschutz-Optionen' }).waitFor();
    assert.ok(visit.paths().includes('/dist/i18n/de.js'));
    assert.ok(visit.paths().includes('/dist/i18n/notice/de.js'));
    await button(visit.page, 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben').waitFor();
    assert.deepEqual(visit.log.errors, []);
    await visit.close();
  });

  it("asks for consent in California when the notice's texts cannot be had: the stricter wording", async () => {
    const visit = await visitor(shop.browser, shop.origin);
    await visit.context.route('**/dist/i18n/notice/**', (route) => route.abort());
    await visit.page.goto(`${shop.origin}/?policy=002&region=US-CA`);
    await banner(visit.page).waitFor();
    assert.equal(await banner(visit.page).getByRole('heading').textContent(), 'Cookies at Kasperek Optical');
    await button(visit.page, 'Reject all').waitFor();
    await button(visit.page, 'Accept all').waitFor();
    await visit.close();
  });

  it('honours Global Privacy Control in California by itself: no banner, marketing off', async () => {
    const visit = await open('US-CA', {
      init: () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    });
    await visit.page.waitForFunction(() => window.assent?.get?.().status === 'decided');
    await settle(visit.page);
    const state = await visit.page.evaluate(() => window.assent.get());
    assert.equal(state.method, 'gpc');
    assert.equal(state.categories.marketing, false);
    assert.equal(state.categories.analytics, true);
    assert.equal(await banner(visit.page).count(), 0);
    await visit.close();
  });

  it('asks a visitor in Germany for consent, and nothing reaches an analytics host before it', async () => {
    const visit = await open('DE');
    await banner(visit.page).waitFor();
    assert.equal(await banner(visit.page).getByRole('heading').textContent(), 'Cookies at Kasperek Optical');
    await button(visit.page, 'Reject all').waitFor();
    await button(visit.page, 'Accept all').waitFor();
    assert.equal(await button(visit.page, 'Do Not Sell or Share My Personal Information').count(), 0);
    await settle(visit.page);
    assert.deepEqual(visit.tracking(), []);
    assert.ok(
      !visit.paths().some((path) => path.startsWith('/dist/i18n/notice/')),
      "no notice texts where it doesn't show",
    );
    // The defaults wait in the dataLayer for gtag.js, which is not requested before consent (basic mode).
    const defaults = await consentDefaults(visit.page);
    assert.ok(defaults[0][2].region.includes('DE'));
    assert.equal(defaults[0][2].analytics_storage, 'denied');
    assert.equal(defaults[1][2].analytics_storage, 'denied');
    await button(visit.page, 'Accept all').click();
    await visit.page.waitForFunction(() => window.assent.allowed('analytics'));
    await settle(visit.page);
    assert.ok(visit.tracking().some((path) => path.startsWith('/third-party/gtag/js')));
    await visit.close();
  });

  it('asks first when the region is unknown, and sends nothing before the decision', async () => {
    const visit = await open('unknown');
    await banner(visit.page).waitFor();
    await button(visit.page, 'Accept all').waitFor();
    await settle(visit.page);
    assert.equal(await visit.page.evaluate(() => window.assent.consent.options.mode), 'opt-in');
    assert.deepEqual(visit.tracking(), []);
    await visit.close();
  });

  it('loads no rules by region on a site that does not use them', async () => {
    const visit = await open('same');
    await banner(visit.page).waitFor();
    await settle(visit.page);
    assert.ok(!visit.paths().includes('/dist/integrations/regions.js'));
    await visit.close();
  });
});
