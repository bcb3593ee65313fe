import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectMatomo } from './matomo.js';
import type { TagConnection } from '../tags/with-defaults.js';
import { cookieValues, freshConsent, pause, until } from '../test/helpers.js';
import { cleanVendors, hasScript, hitRequests, setCookies } from '../test/vendor-page.js';

declare global {
  interface Window {
    matomoStandIn?: { commands: unknown[][]; hits: string[] };
  }
}

// matomo.js is found at <url>matomo.js: a folder in test/ holds a copy of the stand-in under that name.
const url = '/packages/analytics-bridge/src/test/matomo/';
const pkCookies = ['_pk_id.3.1a2b', '_pk_ses.3.1a2b', '_pk_ref.3.1a2b'];

describe('connectMatomo', () => {
  let consent: Consent;
  let matomo: TagConnection | undefined;
  const connect = (options = {}) => (matomo = connectMatomo(consent, { url, siteId: '3', ...options }));

  beforeEach(() => {
    cleanVendors();
    consent = freshConsent();
  });
  afterEach(() => {
    matomo?.disconnect();
    consent.destroy();
    cleanVendors();
  });

  it('queues requireConsent first, ahead of what the site queued, and requests nothing before consent', async () => {
    window._paq = [['trackGoal', 1]] as never;
    connect();
    expect(window._paq).to.deep.equal([
      ['requireConsent'],
      ['setTrackerUrl', `${url}matomo.php`],
      ['setSiteId', '3'],
      ['trackPageView'],
      ['enableLinkTracking'],
      ['trackGoal', 1],
    ]);
    consent.update({ marketing: true });
    await pause(300);
    expect(hasScript(`${url}matomo.js`)).to.equal(false);
    expect(hitRequests('matomo')).to.have.length(0);
  });

  it('gives consent and loads matomo.js when analytics is granted; held requests are sent then', async () => {
    connect();
    consent.update({ analytics: true });
    await until(() => window.matomoStandIn?.hits.length === 1);
    expect(window.matomoStandIn!.commands.map((command) => command[0])).to.deep.equal([
      'requireConsent',
      'setTrackerUrl',
      'setSiteId',
      'trackPageView',
      'enableLinkTracking',
      'setConsentGiven',
    ]);
    expect(window.matomoStandIn!.hits).to.deep.equal(['pageview']);
    await until(() => hitRequests('matomo').length);
  });

  it('forgets consent and deletes _pk_ cookies on the host and the parent domain on withdrawal', async () => {
    connect();
    consent.acceptAll();
    await until(() => window.matomoStandIn?.hits.length);
    setCookies(pkCookies);

    consent.update({ analytics: false });

    expect(window.matomoStandIn!.commands.at(-1)).to.deep.equal(['forgetConsentGiven']);
    for (const name of pkCookies) expect(cookieValues(name), name).to.deep.equal([]);
    window._paq!.push(['trackEvent', 'cart', 'add']);
    await pause(100);
    expect(window.matomoStandIn!.hits).to.deep.equal(['pageview']);
  });

  it('throws on a wrong url, naming it', () => {
    expect(() => connect({ url: 'https://stats.example' })).to.throw(
      'assent: Matomo option "url" must be an http(s) or relative URL ending in "/", got "https://stats.example"',
    );
    expect(() => connect({ url: 'javascript:x/' })).to.throw(/"url"/);
  });
});
