import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectGoogleAnalytics, type GoogleAnalyticsConnection } from '../connect/connect.js';
import { connectTagManager } from '../gtm/tag-manager.js';
import { connectMetaPixel } from '../meta/meta-pixel.js';
import type { TagConnection } from './with-defaults.js';
import { cleanPage, commands, freshConsent, pause, requestsFor, standInUrl, until } from '../test/helpers.js';
import { cleanVendors, standIn } from '../test/vendor-page.js';

// Records console.warn calls while `run` runs.
function warningsOf(run: () => void): string[] {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('a site whose categories have names of its own', () => {
  const open: Array<GoogleAnalyticsConnection | TagConnection | Consent> = [];
  let scriptUrl: string;
  const keep = <T extends GoogleAnalyticsConnection | TagConnection | Consent>(item: T) => (open.push(item), item);

  beforeEach(() => {
    cleanPage();
    cleanVendors();
    scriptUrl = standInUrl();
  });
  afterEach(() => {
    for (const item of open.splice(0)) 'disconnect' in item ? item.disconnect() : item.destroy();
    cleanPage();
    cleanVendors();
  });

  it('runs Google Analytics on "statistics" when the store says it means analytics', async () => {
    const consent = keep(
      freshConsent({ categories: ['statistics', 'marketing'], meanings: { analytics: 'statistics' } }),
    );
    const ga = keep(connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl }));
    await pause(200);
    expect(requestsFor(scriptUrl)).to.have.length(0);

    consent.update({ statistics: true });
    expect(commands('consent', 'update')).to.deep.equal([['consent', 'update', { analytics_storage: 'granted' }]]);
    await until(() => window.gtagStandIn);
    expect(window.gtagStandIn!.loads).to.deep.equal(['G-ABC123']);
    expect(
      ga.trackPurchase({ transaction_id: 'T-1', value: 9, currency: 'EUR', items: [{ item_id: 'SKU-1' }] }),
    ).to.equal(true);
  });

  it('maps "statistics" to analytics_storage with the bridge\'s own categories option', async () => {
    const consent = keep(freshConsent({ categories: ['statistics'] }));
    keep(
      connectGoogleAnalytics(consent, {
        measurementId: 'G-ABC123',
        scriptUrl,
        categories: { analytics: 'statistics' },
      }),
    );
    consent.update({ statistics: true });
    expect(commands('consent', 'update')).to.deep.equal([['consent', 'update', { analytics_storage: 'granted' }]]);
    await until(() => window.gtagStandIn);
  });

  it("grants Tag Manager's ad keys from the category that means marketing", () => {
    const consent = keep(freshConsent({ categories: ['ads'], meanings: { marketing: 'ads' } }));
    keep(connectTagManager(consent, { containerId: 'GTM-ABC123', scriptUrl, advertising: true }));
    consent.update({ ads: true });
    expect(commands('consent', 'update')).to.deep.equal([
      ['consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
    ]);
  });

  it("lets Meta's pixel follow the category that means marketing by default", () => {
    const consent = keep(freshConsent({ categories: ['ads'], meanings: { marketing: 'ads' } }));
    keep(connectMetaPixel(consent, { pixelId: '1234567890', scriptUrl: standIn('fbevents') }));
    consent.update({ ads: true });
    expect(window.fbq!.queue).to.deep.include(['consent', 'grant']);
  });

  it('warns in development when Google Analytics follows a category the site does not have', () => {
    const consent = keep(freshConsent({ categories: ['statistics'] }));
    const warnings = warningsOf(() => keep(connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl })));
    expect(warnings).to.deep.equal([
      'assent: Google Analytics option "categories.analytics" names "analytics", which is not one of this site\'s categories (necessary, statistics): what follows it will never be granted',
    ]);
  });

  it("warns when a vendor's category option names a category the site does not have", () => {
    const consent = keep(freshConsent({ categories: ['analytics'] }));
    const warnings = warningsOf(() =>
      keep(connectMetaPixel(consent, { pixelId: '1234567890', scriptUrl: standIn('fbevents'), category: 'ads' })),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Meta pixel option "category" names "ads"');
  });

  it("says nothing when every category followed is one of the site's", () => {
    const consent = keep(
      freshConsent({ categories: ['statistics', 'ads'], meanings: { analytics: 'statistics', marketing: 'ads' } }),
    );
    const warnings = warningsOf(() => {
      keep(connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl, advertising: true }));
      keep(connectMetaPixel(consent, { pixelId: '1234567890', scriptUrl: standIn('fbevents') }));
    });
    expect(warnings).to.deep.equal([]);
  });
});
