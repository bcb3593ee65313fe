import { expect } from '@open-wc/testing';
import { ruleInForce, type Consent } from '@assent/core';
import { connectTagManager, type TagManagerOptions } from './tag-manager.js';
import type { TagConnection } from '../tags/with-defaults.js';
import { commands, entries, freshConsent, pause, requestsFor, until } from '../test/helpers.js';
import { cleanVendors, hasScript, standIn } from '../test/vendor-page.js';

declare global {
  interface Window {
    gtmStandIn?: {
      loads: string[];
      nonces: string[];
      entries: unknown[];
      consentAtLoad: Record<string, string>;
      consent: Record<string, string>;
    };
  }
}

const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
  wait_for_update: 500,
};

describe('connectTagManager', () => {
  let consent: Consent;
  let gtm: TagConnection | undefined;
  let scriptUrl: string;
  const connect = (options: Partial<TagManagerOptions> = {}) =>
    (gtm = connectTagManager(consent, { containerId: 'GTM-ABC1234', scriptUrl, ...options }));
  const events = () =>
    entries().filter(
      (entry) => !Array.isArray(entry) && (entry as { event?: string }).event == 'assent_consent_update',
    ) as Array<Record<string, unknown>>;

  beforeEach(() => {
    cleanVendors();
    consent = freshConsent();
    scriptUrl = standIn('gtm');
  });
  afterEach(() => {
    gtm?.disconnect();
    consent.destroy();
    cleanVendors();
  });

  it('puts the consent default first, ahead of what the site queued, and requests no container before consent', async () => {
    window.dataLayer = [{ event: 'page_data', page_type: 'product' }];
    connect();
    expect(entries().slice(0, 3)).to.deep.equal([
      ['consent', 'default', denied],
      ['set', 'ads_data_redaction', true],
      { event: 'page_data', page_type: 'product' },
    ]);
    await pause(300);
    expect(hasScript('gtm-stand-in')).to.equal(false);
    expect(requestsFor('gtm-stand-in')).to.have.length(0);
  });

  it('scopes a denied default to the regions that ask first, which the container reads before anything, under a rule by region', async () => {
    consent.destroy();
    const rule = ruleInForce({ regions: true, region: 'US-CA' });
    consent = freshConsent({ rule });
    connect({ mode: 'advanced' });
    expect(entries().slice(0, 3)).to.deep.equal([
      ['consent', 'default', { ...denied, region: rule.optInRegions }],
      ['consent', 'default', denied],
      ['set', 'ads_data_redaction', true],
    ]);
    await until(() => window.gtmStandIn);
    expect(window.gtmStandIn!.entries[0]).to.deep.equal([
      'consent',
      'default',
      { ...denied, region: rule.optInRegions },
    ]);
    expect(window.gtmStandIn!.consentAtLoad.analytics_storage).to.equal('granted');
  });

  it('loads the container as Google documents, with the nonce, once a category is granted; defaults read first', async () => {
    connect({ nonce: 'n0nce-123' });
    consent.update({ analytics: true });
    await until(() => window.gtmStandIn);
    expect(window.gtmStandIn!.loads).to.deep.equal(['GTM-ABC1234']);
    expect(window.gtmStandIn!.nonces).to.deep.equal(['n0nce-123']);
    const read = window.gtmStandIn!.entries.map((entry) =>
      Array.isArray(entry) ? entry.slice(0, 2).join(' ') : (entry as { event: string }).event,
    );
    expect(read).to.deep.equal([
      'consent default',
      'set ads_data_redaction',
      'assent_consent_update',
      'consent update',
      'assent_consent_update',
      'gtm.js',
    ]);
    expect(window.gtmStandIn!.consentAtLoad.analytics_storage).to.equal('granted');
    expect(typeof (window.gtmStandIn!.entries.at(-1) as Record<string, unknown>)['gtm.start']).to.equal('number');
  });

  it('sends every change as an update with the keys that changed, and an assent_consent_update event', async () => {
    connect({ advertising: true });
    consent.acceptAll();
    consent.update({ marketing: false });
    consent.reset();
    expect(commands('consent', 'update').map((entry) => entry[2])).to.deep.equal([
      {
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
      },
      { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
      { analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied' },
    ]);
    expect(
      events().map(({ assent_necessary, assent_preferences, assent_analytics, assent_marketing }) => [
        assent_necessary,
        assent_preferences,
        assent_analytics,
        assent_marketing,
      ]),
    ).to.deep.equal([
      ['granted', 'denied', 'denied', 'denied'],
      ['granted', 'granted', 'granted', 'granted'],
      ['granted', 'granted', 'granted', 'denied'],
      ['granted', 'denied', 'denied', 'denied'],
    ]);
    expect((events()[1].assent as { method: string }).method).to.equal('accept-all');
    await until(() => window.gtmStandIn);
    expect(window.gtmStandIn!.consent.analytics_storage).to.equal('denied');
  });

  it('keeps the ad keys denied when advertising is off', () => {
    connect();
    consent.acceptAll();
    expect(Object.keys(commands('consent', 'update')[0][2] as object)).to.deep.equal([
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
    ]);
  });

  it('loads the container at once in advanced mode, after a returning visitor’s update', async () => {
    consent.update({ preferences: true });
    connect({ mode: 'advanced' });
    await until(() => window.gtmStandIn);
    expect(window.gtmStandIn!.consentAtLoad.functionality_storage).to.equal('granted');
    expect(window.gtmStandIn!.consentAtLoad.analytics_storage).to.equal('denied');
  });

  it('adds only one default when the GA bridge or a second container already put one', () => {
    connect();
    gtm!.disconnect();
    connect({ containerId: 'GTM-OTHER1' });
    expect(commands('consent', 'default')).to.have.length(1);
  });

  it('throws on a wrong option, naming it', () => {
    expect(() => connect({ containerId: 'G-ABC123' })).to.throw(
      'assent: Tag Manager option "containerId" must be a "GTM-…" container id, got "G-ABC123"',
    );
    expect(() => connect({ nonce: '"><script>' })).to.throw(/"nonce" must be a nonce/);
    expect(window.dataLayer).to.equal(undefined);
  });
});
