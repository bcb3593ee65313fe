import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectGoogleAnalytics } from './connect.js';
import { GOOGLE_ANALYTICS_OPTIONS, type GoogleAnalyticsOptions } from './options.js';
import { cleanPage, freshConsent } from '../test/helpers.js';

describe('connectGoogleAnalytics: options', () => {
  let consent: Consent;
  beforeEach(() => {
    cleanPage();
    consent = freshConsent();
  });
  afterEach(() => {
    consent.destroy();
    cleanPage();
  });

  const connect = (options: unknown) => () => connectGoogleAnalytics(consent, options as GoogleAnalyticsOptions);

  for (const id of ['UA-12345-1', 'GTM-ABC123', 'g-abc123', 'G-', 'AW-ABC', ' G-ABC123', 42]) {
    it(`throws on the measurement id ${JSON.stringify(id)}, naming it`, () => {
      expect(connect({ measurementId: id })).to.throw(
        `assent: analytics option "measurementId" must be a "G-…" or "AW-…" id, got ${typeof id == 'string' ? JSON.stringify(id) : id}`,
      );
    });
  }

  it('throws on a missing measurement id', () => {
    expect(connect({})).to.throw(/^assent: analytics option "measurementId" must be .* got undefined$/);
    expect(connect(undefined)).to.throw(/"measurementId"/);
  });

  const bad: Array<[string, unknown, string]> = [
    ['mode', 'full', '"basic" or "advanced"'],
    ['advertising', 'yes', 'true or false'],
    ['urlPassthrough', 1, 'true or false'],
    ['gtmEvents', null, 'true or false'],
    ['waitForUpdate', -5, 'a whole number of ms'],
    ['waitForUpdate', 1.5, 'a whole number of ms'],
    ['waitForUpdate', '500', 'a whole number of ms'],
    ['scriptUrl', 'javascript:alert(1)', 'an http(s) or relative URL'],
    ['scriptUrl', 'data:text/javascript,1', 'an http(s) or relative URL'],
    ['scriptUrl', 7, 'an http(s) or relative URL'],
    ['scriptUrl', 'ftp://tags.example/gtag.js', 'an http(s) or relative URL'],
  ];
  for (const [name, value, allowed] of bad) {
    it(`throws on ${name}: ${String(value)}, naming it and what is allowed`, () => {
      expect(connect({ measurementId: 'G-ABC123', [name]: value })).to.throw(
        `assent: analytics option "${name}" must be ${allowed}, got ${typeof value == 'string' ? JSON.stringify(value) : String(value)}`,
      );
    });
  }

  it('throws on an unknown option, naming it and the known ones', () => {
    expect(connect({ measurementId: 'G-ABC123', anonymizeIp: false })).to.throw(
      'assent: analytics option "anonymizeIp" must be one of the options measurementId, mode, advertising, urlPassthrough, waitForUpdate, scriptUrl, gtmEvents, nonce, categories, service, got false',
    );
  });

  it('accepts a relative gtag.js URL, as the script tag does: both read the same rule', () => {
    const ga = connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl: 'gtag/js' });
    ga.disconnect();
    expect(GOOGLE_ANALYTICS_OPTIONS.scriptUrl.check('gtag/js')).to.equal(true);
  });

  it('writes nothing to the page when an option is wrong', () => {
    expect(connect({ measurementId: 'G-ABC123', mode: 'full' })).to.throw();
    expect(window.dataLayer).to.equal(undefined);
    expect(window.gtag).to.equal(undefined);
  });

  it('treats an option given as undefined as left out', () => {
    const ga = connectGoogleAnalytics(consent, {
      measurementId: 'G-ABC123',
      mode: undefined,
      scriptUrl: undefined,
      waitForUpdate: undefined,
    });
    ga.disconnect();
    expect(Array.from(window.dataLayer![0] as IArguments)).to.deep.equal([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
  });

  it('accepts Google Ads ids, and makes no request to Google before consent', () => {
    const ga = connectGoogleAnalytics(consent, { measurementId: 'AW-123456789', gtmEvents: false });
    ga.disconnect();
    expect(window.dataLayer).to.have.length(2);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('google'))).to.deep.equal([]);
  });
});

describe('connectGoogleAnalytics: options in a production build', () => {
  // Unbundled tests read process.env.NODE_ENV at run time, where a bundler would have replaced it.
  const env = (window as unknown as { process: { env: { NODE_ENV?: string } } }).process.env;
  let consent: Consent;
  beforeEach(() => {
    cleanPage();
    env.NODE_ENV = 'production';
    consent = freshConsent();
  });
  afterEach(() => {
    env.NODE_ENV = 'development';
    consent.destroy();
    cleanPage();
  });

  it('skips the checks, but anything but advertising: true keeps advertising off', () => {
    const options = { measurementId: 'G-ABC123', advertising: 'yes', mode: 'full', scriptUrl: '/nothing-here.js' };
    const ga = connectGoogleAnalytics(consent, options as unknown as GoogleAnalyticsOptions);
    expect(document.querySelector('script[src^="/nothing-here.js"]')).to.equal(null);
    consent.acceptAll();
    const updates = window.dataLayer!.filter((entry) => (entry as IArguments)[1] === 'update');
    expect(Object.keys((updates[0] as IArguments)[2])).to.deep.equal([
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
    ]);
    const config = window.dataLayer!.find((entry) => (entry as IArguments)[0] === 'config') as IArguments;
    expect(config[2]).to.deep.equal({
      anonymize_ip: true,
      allow_google_signals: false,
      allow_ad_personalization_signals: false,
    });
    ga.disconnect();
  });
});
