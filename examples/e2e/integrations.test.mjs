// The storefront in its "Shopify" and "Google Tag Manager" setups (examples/storefront/js/policy.js): Shopify's
// Customer Privacy API and a Tag Manager container follow the visitor's decision, and nothing reaches an
// analytics host before consent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { banner, button, dataLayer, settle, useShop, visitor } from './harness.mjs';

const shop = useShop();

async function open(setup, policy = '000') {
  const visit = await visitor(shop.browser, shop.origin);
  await visit.page.goto(`${shop.origin}/?policy=${policy}&setup=${setup}`);
  await banner(visit.page).waitFor();
  return visit;
}
// Shopify's API itself is part of the platform (a theme loads it on every page), not tracking.
const tracking = (visit) => visit.tracking().filter((path) => path !== '/third-party/shopify/consent-tracking-api.js');
const shopifyHits = (visit, since) => visit.paths(since).filter((path) => path.startsWith('/third-party/shopify/hit'));
const shopifyConsent = (page) => page.evaluate(() => window.Shopify.customerPrivacy.currentVisitorConsent());

describe('on Shopify: the Customer Privacy API follows the decision by itself', () => {
  it('loads the API only on Shopify, sends nothing before a decision, and Shopify analytics stays off', async () => {
    const visit = await open('shopify');
    await visit.page.waitForFunction(() => window.Shopify.customerPrivacy);
    await settle(visit.page);
    assert.ok(visit.paths().includes('/dist/integrations/shopify.js'), 'the Shopify integration is loaded');
    assert.deepEqual(await shopifyConsent(visit.page), {
      marketing: '',
      analytics: '',
      preferences: '',
      sale_of_data: '',
    });
    assert.deepEqual(tracking(visit), []);
    assert.deepEqual(visit.log.errors, []);
    await visit.close();
  });

  it('tells Shopify "Accept all", and Shopify analytics starts; Reject all later stops it again', async () => {
    const visit = await open('shopify');
    await visit.page.waitForFunction(() => window.Shopify.customerPrivacy);
    await button(visit.page, 'Accept all').click();
    await visit.page.waitForFunction(() => window.Shopify.customerPrivacy.currentVisitorConsent().analytics === 'yes');
    assert.deepEqual(await shopifyConsent(visit.page), {
      marketing: 'no',
      analytics: 'yes',
      preferences: 'no',
      sale_of_data: 'no',
    });
    await settle(visit.page);
    assert.equal(shopifyHits(visit).length, 1);

    await visit.page.evaluate(() => window.assent.rejectAll());
    await visit.page.waitForFunction(() => window.Shopify.customerPrivacy.currentVisitorConsent().analytics === 'no');
    const mark = visit.mark();
    await visit.page.goto(`${shop.origin}/product.html?sku=polar`);
    await settle(visit.page);
    assert.deepEqual(shopifyHits(visit, mark), []);
    await visit.close();
  });

  it('takes over a decision the visitor made with Shopify (at checkout): no banner, and it holds', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    const value = encodeURIComponent(
      JSON.stringify({ analytics: true, marketing: false, preferences: false, sale_of_data: false }),
    );
    await visit.context.addCookies([{ name: '_tracking_consent', value, url: shop.origin }]);
    await visit.page.goto(`${shop.origin}/?policy=000&setup=shopify`);
    await visit.page.waitForFunction(() => window.assent?.get?.().status === 'decided');
    const state = await visit.page.evaluate(() => window.assent.get());
    assert.equal(state.method, 'api');
    assert.equal(state.categories.analytics, true);
    await visit.page.goto(`${shop.origin}/cart.html`);
    await settle(visit.page);
    assert.equal(await banner(visit.page).count(), 0);
    await visit.close();
  });
});

describe('Google Tag Manager: Consent Mode defaults before the container, the container only after consent', () => {
  it('requests no container and sends no hit before consent; the defaults lead the dataLayer', async () => {
    const visit = await open('gtm');
    await settle(visit.page);
    assert.deepEqual(visit.tracking(), []);
    assert.ok(!visit.paths().some((path) => path.startsWith('/third-party/gtm/')), 'no container yet');
    assert.ok(visit.paths().includes('/dist/integrations/gtm.js'));
    const layer = await dataLayer(visit.page);
    assert.deepEqual(layer[0].slice(0, 2), ['consent', 'default']);
    assert.equal(layer[0][2].analytics_storage, 'denied');
    assert.equal(layer.find((entry) => entry.event === 'assent_consent_update').assent_analytics, 'denied');
    assert.deepEqual(visit.log.errors, []);
    await visit.close();
  });

  it('loads the container once analytics is accepted, with the update read before its tag fires', async () => {
    const visit = await open('gtm');
    await button(visit.page, 'Accept all').click();
    await visit.page.waitForFunction(() => window.gtmStandIn?.hits.length === 1);
    const { consentAtLoad, entries } = await visit.page.evaluate(() => window.gtmStandIn);
    assert.equal(consentAtLoad.analytics_storage, 'granted');
    assert.equal(consentAtLoad.ad_storage, 'denied', 'advertising stays off for policy 000');
    const order = entries.map((entry) => (Array.isArray(entry) ? entry.slice(0, 2).join(' ') : entry.event));
    assert.ok(order.indexOf('consent default') < order.indexOf('consent update'));
    assert.ok(order.indexOf('consent update') < order.indexOf('gtm.js'));
    // One Tag Manager event per decision, after the update it reports: a tag triggered by it fires once, and finds
    // Consent Mode already granted.
    const events = entries.filter((entry) => entry.event === 'assent_consent_update');
    assert.deepEqual(
      events.map((event) => event.assent_analytics),
      ['denied', 'granted'],
    );
    assert.ok(order.indexOf('consent update') < entries.indexOf(events[1]), `${order}`);
    await settle(visit.page);
    // The shop's own statistics script (gated on analytics too) also runs now; Google's hit comes from the container.
    const requested = visit.tracking().map((path) => path.split('?')[0]);
    assert.ok(
      requested.indexOf('/third-party/gtm/gtm.js') < requested.indexOf('/third-party/g/collect'),
      `${requested}`,
    );
    assert.equal(requested.filter((path) => path === '/third-party/g/collect').length, 1);
    await visit.close();
  });

  it('sends the withdrawal to the container and deletes Google cookies on the parent domain', async () => {
    const visit = await open('gtm');
    await button(visit.page, 'Accept all').click();
    await visit.page.waitForFunction(() => window.gtmStandIn?.hits.length === 1);
    await visit.context.addCookies([
      { name: '_ga', value: 'GA1.1.1.1', domain: '.shop.test', path: '/' },
      { name: '_ga_LENSCOGTM', value: 'GS1.1.1', domain: '.shop.test', path: '/' },
    ]);
    await visit.page.evaluate(() => window.assent.rejectAll());
    const { consent } = await visit.page.evaluate(() => ({
      consent: window.gtmStandIn.entries.filter((entry) => Array.isArray(entry) && entry[1] === 'update').at(-1)[2],
    }));
    assert.equal(consent.analytics_storage, 'denied');
    const names = Object.keys(await visit.cookies());
    assert.ok(!names.includes('_ga') && !names.includes('_ga_LENSCOGTM'), `cookies left: ${names}`);
    await visit.close();
  });
});
