import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectShopify, onShopify } from './shopify.js';
import type { TagConnection } from '../tags/with-defaults.js';
import { freshConsent, pause, until } from '../test/helpers.js';
import { cleanVendors, standIn } from '../test/vendor-page.js';

declare global {
  interface Window {
    shopifyStandIn?: { calls: unknown[][]; pixels: string[] };
  }
}

const loadShopify = (query = '') =>
  new Promise((resolve, reject) =>
    document.head.append(
      Object.assign(document.createElement('script'), {
        src: standIn('shopify', query),
        onload: resolve,
        onerror: reject,
      }),
    ),
  );
const setCalls = () =>
  window.shopifyStandIn!.calls.filter((call) => call[0] == 'setTrackingConsent').map((call) => call[1]);
const shopifyCookie = (value: object) => {
  document.cookie = `_tracking_consent=${encodeURIComponent(JSON.stringify(value))}; path=/`;
};

describe('connectShopify (Customer Privacy API)', () => {
  let consent: Consent;
  let shopify: TagConnection | undefined;
  const connect = (options = {}) => (shopify = connectShopify(consent, options));

  beforeEach(() => {
    cleanVendors();
    consent = freshConsent();
  });
  afterEach(() => {
    shopify?.disconnect();
    consent.destroy();
    cleanVendors();
  });

  it('sees a Shopify page by its API or its loadFeatures, and nothing else', async () => {
    expect(onShopify()).to.equal(false);
    await loadShopify();
    expect(onShopify()).to.equal(true);
  });

  it('loads the API through loadFeatures, then sends nothing until the visitor decides', async () => {
    await loadShopify();
    connect();
    expect(window.shopifyStandIn!.calls[0]).to.deep.equal([
      'loadFeatures',
      [{ name: 'consent-tracking-api', version: '0.1' }],
    ]);
    await until(() => window.Shopify!.customerPrivacy);
    await pause(100);
    expect(setCalls()).to.deep.equal([]);
    expect(consent.get().status).to.equal('pending');
  });

  it('sends each decision with setTrackingConsent, in the order made; Shopify reports it back', async () => {
    await loadShopify('preloaded');
    connect();
    const collected: unknown[] = [];
    const listener = (event: Event) => collected.push((event as CustomEvent).detail);
    document.addEventListener('visitorConsentCollected', listener);
    consent.acceptAll();
    consent.saveChoices({ marketing: false });
    expect(setCalls()).to.deep.equal([
      { analytics: true, marketing: true, preferences: true, sale_of_data: true },
      { analytics: true, marketing: false, preferences: true, sale_of_data: false },
    ]);
    await until(() => collected.length == 2);
    document.removeEventListener('visitorConsentCollected', listener);
    expect(window.Shopify!.customerPrivacy!.currentVisitorConsent()).to.deep.equal({
      analytics: 'yes',
      marketing: 'no',
      preferences: 'yes',
      sale_of_data: 'no',
    });
    // Shopify's own reports of what it was sent, the first arriving after the second decision, change nothing.
    expect(consent.get().method).to.equal('custom');
    expect(consent.allowed('marketing')).to.equal(false);
    expect(setCalls()).to.have.length(2);
  });

  it('sends a withdrawal (reset) as everything denied', async () => {
    await loadShopify('preloaded');
    connect();
    consent.acceptAll();
    consent.reset();
    expect(setCalls().at(-1)).to.deep.equal({
      analytics: false,
      marketing: false,
      preferences: false,
      sale_of_data: false,
    });
  });

  it('takes over a decision made with Shopify (at checkout) on a first visit, and does not ask again', async () => {
    shopifyCookie({ analytics: true, marketing: false, preferences: true, sale_of_data: false });
    await loadShopify();
    connect();
    await until(() => consent.get().status == 'decided');
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: true,
      analytics: true,
      marketing: false,
    });
    expect(consent.get().method).to.equal('api');
    // Shopify has this decision already: it is not sent back.
    await pause(100);
    expect(setCalls()).to.deep.equal([]);
  });

  it('keeps a decision made with Assent over an older one Shopify holds, and sends it', async () => {
    consent.update({ analytics: false, marketing: false, preferences: false });
    shopifyCookie({ analytics: true, marketing: true, preferences: true, sale_of_data: true });
    await loadShopify('preloaded');
    connect();
    expect(setCalls()).to.deep.equal([{ analytics: false, marketing: false, preferences: false, sale_of_data: false }]);
  });

  it('sends sale_of_data false while Global Privacy Control objects, even with marketing granted', async () => {
    const gpc = Object.getOwnPropertyDescriptor(Navigator.prototype, 'globalPrivacyControl');
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      consent.destroy();
      consent = freshConsent();
      await loadShopify('preloaded');
      connect();
      consent.saveChoices({ marketing: true, analytics: true });
      expect(setCalls().at(-1)).to.deep.equal({
        analytics: true,
        marketing: true,
        preferences: false,
        sale_of_data: false,
      });
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
      if (gpc) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', gpc);
    }
  });

  it('treats "do not sell" given to Shopify as an objection to marketing in opt-out mode', async () => {
    consent.destroy();
    consent = freshConsent({ mode: 'opt-out' });
    shopifyCookie({ sale_of_data: false });
    await loadShopify('preloaded');
    connect();
    expect(consent.allowed('marketing')).to.equal(false);
    expect(consent.allowed('analytics')).to.equal(true);
  });

  it('applies a decision Shopify collected itself (its banner, another surface) to the store', async () => {
    await loadShopify('preloaded');
    connect();
    consent.rejectAll();
    document.dispatchEvent(
      new CustomEvent('visitorConsentCollected', {
        detail: {
          analyticsAllowed: true,
          marketingAllowed: false,
          preferencesAllowed: false,
          saleOfDataAllowed: false,
        },
      }),
    );
    expect(consent.allowed('analytics')).to.equal(true);
    expect(consent.allowed('marketing')).to.equal(false);
  });

  it('maps Shopify purposes to the site’s own categories; a purpose without one stays denied', async () => {
    consent.destroy();
    consent = freshConsent({ categories: ['statistics'] });
    await loadShopify('preloaded');
    connect({ categories: { analytics: 'statistics' } });
    consent.acceptAll();
    expect(setCalls()).to.deep.equal([{ analytics: true, marketing: false, preferences: false, sale_of_data: false }]);
  });

  it('stops following the store once disconnected, even before the API has loaded', async () => {
    await loadShopify();
    connect();
    shopify!.disconnect();
    await until(() => window.Shopify!.customerPrivacy);
    consent.acceptAll();
    await pause(50);
    expect(setCalls()).to.deep.equal([]);
  });
});
