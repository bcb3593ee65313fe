import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import {
  connectClarity,
  connectGoogleAnalytics,
  connectMatomo,
  connectMetaPixel,
  connectMicrosoftAds,
  connectShopify,
  connectTagManager,
  onShopify,
} from '../index.js';
import type { TagConnection } from './with-defaults.js';
import { freshConsent, standInUrl, until } from '../test/helpers.js';
import { cleanVendors, hasScript, standIn } from '../test/vendor-page.js';

// Page markup names window's properties: <a id="_paq">, <img name="fbq">, <form id="Shopify"> become
// window._paq, window.fbq, window.Shopify (DOM clobbering), and sanitizers let such ids and names through.
// Each vendor: the global its markup names, how it connects, its script and what that script sets when it ran.
interface Vendor {
  name: string;
  markup: string;
  connect: (consent: Consent) => TagConnection;
  script: string;
  ran: string;
}
const vendors: Vendor[] = [
  {
    name: '_paq',
    markup: '<a id="_paq" href="https://attacker.example/"></a>',
    connect: (consent) => connectMatomo(consent, { url: '/packages/analytics-bridge/src/test/matomo/', siteId: '3' }),
    script: 'test/matomo/matomo.js',
    ran: 'matomoStandIn',
  },
  {
    name: 'fbq',
    markup: '<img name="fbq" alt=""><img name="_fbq" alt="">',
    connect: (consent) => connectMetaPixel(consent, { pixelId: '1234567890', scriptUrl: standIn('fbevents') }),
    script: 'fbevents-stand-in',
    ran: 'metaStandIn',
  },
  {
    name: 'clarity',
    markup: '<form id="clarity"><input name="q"></form>',
    connect: (consent) => connectClarity(consent, { projectId: 'abcde12345', scriptUrl: `${standIn('clarity')}&p=` }),
    script: 'clarity-stand-in',
    ran: 'clarityStandIn',
  },
  {
    name: 'uetq',
    markup: '<a id="uetq"></a><a id="uetq"></a>',
    connect: (consent) => connectMicrosoftAds(consent, { tagId: '12345678', scriptUrl: standIn('bat') }),
    script: 'bat-stand-in',
    ran: 'uetStandIn',
  },
  {
    name: 'dataLayer',
    markup: '<iframe name="dataLayer" title="x"></iframe>',
    connect: (consent) => connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl: standInUrl() }),
    script: 'gtag-stand-in',
    ran: 'gtagStandIn',
  },
  {
    name: 'dataLayer',
    markup: '<a id="dataLayer"></a>',
    connect: (consent) => connectTagManager(consent, { containerId: 'GTM-ABC1234', scriptUrl: standIn('gtm') }),
    script: 'gtm-stand-in',
    ran: 'gtmStandIn',
  },
];

describe('vendors whose global the page markup names', () => {
  let consent: Consent;
  let connection: TagConnection | undefined;
  let errors: unknown[][];
  const { error } = console;
  const box = document.createElement('div');

  beforeEach(() => {
    cleanVendors();
    for (const name of ['gtag', 'gtagStandIn']) delete (window as unknown as Record<string, unknown>)[name];
    consent = freshConsent();
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
    document.body.append(box);
  });
  afterEach(() => {
    console.error = error;
    connection?.disconnect();
    connection = undefined;
    consent.destroy();
    box.replaceChildren();
    cleanVendors();
  });

  for (const { name, markup, connect, script, ran } of vendors)
    it(`sets window.${name} up as its own for ${script} when markup named it, says so, and loads the vendor only once granted`, async () => {
      box.innerHTML = markup;
      const named = (window as unknown as Record<string, unknown>)[name];
      expect(named, 'the markup names it').to.not.equal(undefined);
      connection = connect(consent);
      expect((window as unknown as Record<string, unknown>)[name]).to.not.equal(named);
      expect(errors.map((args) => String(args[0]))).to.include(
        `assent: window.${name} is an element of the page; ignored:`,
      );
      expect(hasScript(script)).to.equal(false);
      consent.acceptAll();
      await until(() => (window as unknown as Record<string, unknown>)[ran]);
    });

  it('does not take a form named Shopify for a Shopify storefront', () => {
    box.innerHTML = '<form id="Shopify"><input name="customerPrivacy"><input name="loadFeatures"></form>';
    expect(onShopify()).to.equal(false);
    connection = connectShopify(consent);
    consent.acceptAll();
    expect(consent.get().status).to.equal('decided');
  });
});
