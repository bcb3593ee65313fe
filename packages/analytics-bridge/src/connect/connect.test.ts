import { expect } from '@open-wc/testing';
import type { Consent, ConsentState } from '@assent/core';
import { connectGoogleAnalytics, type GoogleAnalyticsConnection } from './connect.js';
import type { GoogleAnalyticsOptions } from './options.js';
import { cleanPage, commands, entries, freshConsent, pause, requestsFor, standInUrl, until } from '../test/helpers.js';

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

describe('connectGoogleAnalytics: Consent Mode v2', () => {
  const open: Array<GoogleAnalyticsConnection | Consent> = [];
  let scriptUrl: string;

  function connect(consent: Consent, options: Partial<GoogleAnalyticsOptions> = {}) {
    const ga = connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl, ...options });
    open.push(ga, consent);
    return ga;
  }
  const consentOf = (options = {}) => {
    const consent = freshConsent(options);
    open.push(consent);
    return consent;
  };

  beforeEach(() => {
    cleanPage();
    scriptUrl = standInUrl();
  });
  afterEach(() => {
    for (const item of open.splice(0)) 'disconnect' in item ? item.disconnect() : item.destroy();
    cleanPage();
  });

  it('puts the consent default and ads_data_redaction first, before gtag.js is requested', async () => {
    // The site queued a command of its own before the bridge arrived.
    window.dataLayer = [];
    (function gtag(..._: unknown[]) {
      window.dataLayer!.push(arguments);
    })('event', 'early');
    expect(requestsFor(scriptUrl)).to.have.length(0);

    connect(consentOf(), { mode: 'advanced' });

    expect(entries()[0]).to.deep.equal(['consent', 'default', denied]);
    expect(entries()[1]).to.deep.equal(['set', 'ads_data_redaction', true]);
    expect(entries()[2]).to.deep.equal(['event', 'early']);
    await until(() => window.gtagStandIn);
    // What gtag.js (here its stand-in) read first when it arrived.
    expect(window.gtagStandIn!.commands[0]).to.deep.equal(['consent', 'default', denied]);
    expect(window.gtagStandIn!.loads).to.deep.equal(['G-ABC123']);
    // Firefox records the request a little after the script ran.
    await until(() => requestsFor(scriptUrl).length);
    expect(requestsFor(scriptUrl)).to.have.length(1);
  });

  it("gives the gtag.js element the page's nonce, so that script-src 'nonce-…' lets it load", async () => {
    connect(consentOf(), { mode: 'advanced', nonce: 'page-nonce' });
    const gtagJs = [...document.scripts].find((script) => script.src.includes(scriptUrl))!;
    expect(gtagJs.nonce).to.equal('page-nonce');
    await until(() => window.gtagStandIn);
  });

  it('makes no request for gtag.js in basic mode until analytics is granted', async () => {
    const consent = consentOf();
    connect(consent);
    await pause(300);
    expect(requestsFor(scriptUrl)).to.have.length(0);
    expect([...document.scripts].some((script) => script.src.includes(scriptUrl))).to.equal(false);
    expect(commands('config')).to.have.length(0);
    expect(commands('js')).to.have.length(0);

    consent.update({ marketing: true, preferences: true });
    await pause(300);
    expect(requestsFor(scriptUrl)).to.have.length(0);

    consent.update({ analytics: true });
    await until(() => window.gtagStandIn);
    const [request] = await until(() => requestsFor(scriptUrl)[0] && requestsFor(scriptUrl));
    expect(new URL(request.name).searchParams.get('id')).to.equal('G-ABC123');
    expect(entries()[0]).to.deep.equal(['consent', 'default', denied]);
  });

  it("follows the site's Google Analytics service where visitors choose services one by one", async () => {
    const consent = consentOf({
      categories: [
        {
          name: 'analytics',
          services: [
            { id: 'google-analytics', name: 'Google Analytics', cookies: [/^_ga/] },
            { id: 'hotjar', name: 'Hotjar' },
          ],
        },
      ],
    });
    const ga = connect(consent);
    consent.saveChoices({ hotjar: true });
    expect(consent.allowed('analytics'), 'analytics is granted through Hotjar').to.equal(true);
    await pause(300);
    expect(requestsFor(scriptUrl), 'nothing for Google before its own service').to.have.length(0);
    expect(commands('consent', 'update')).to.have.length(0);
    expect(
      ga.trackPurchase({ transaction_id: 'T-1', value: 1, currency: 'EUR', items: [{ item_id: 'SKU-1' }] }),
    ).to.equal(false);

    consent.saveChoices({ 'google-analytics': true });
    expect(commands('consent', 'update')).to.deep.equal([['consent', 'update', { analytics_storage: 'granted' }]]);
    await until(() => requestsFor(scriptUrl).length);
    expect(
      ga.trackPurchase({ transaction_id: 'T-2', value: 1, currency: 'EUR', items: [{ item_id: 'SKU-1' }] }),
    ).to.equal(true);

    document.cookie = '_ga=GA1.1.1; path=/';
    consent.saveChoices({ 'google-analytics': false });
    expect(commands('consent', 'update')[1]).to.deep.equal(['consent', 'update', { analytics_storage: 'denied' }]);
    expect(document.cookie).not.to.contain('_ga=');
    expect(consent.allowed('hotjar')).to.equal(true);
  });

  it('follows a service named by its own id with the service option, and the category on a site without it', () => {
    const services = [
      { id: 'ga4', name: 'Google Analytics' },
      { id: 'matomo', name: 'Matomo' },
    ];
    const consent = consentOf({ categories: [{ name: 'analytics', services }] });
    connect(consent, { service: 'ga4' });
    consent.saveChoices({ matomo: true });
    expect(commands('consent', 'update')).to.have.length(0);
    consent.saveChoices({ ga4: true });
    expect(commands('consent', 'update')).to.have.length(1);

    const plain = consentOf();
    connect(plain, { measurementId: 'G-OTHER1' } as Partial<GoogleAnalyticsOptions>);
    plain.update({ analytics: true });
    expect(plain.get().services).to.deep.equal({});
    expect(commands('consent', 'update')).to.have.length(2);
  });

  it('keeps the three ad keys denied on accept-all when advertising is off, and Google signals off', () => {
    const consent = consentOf();
    connect(consent);
    consent.acceptAll();
    expect(consent.allowed('marketing')).to.equal(true);
    expect(commands('consent', 'update')).to.deep.equal([
      [
        'consent',
        'update',
        {
          analytics_storage: 'granted',
          functionality_storage: 'granted',
          personalization_storage: 'granted',
        },
      ],
    ]);
    expect(commands('config')).to.deep.equal([
      [
        'config',
        'G-ABC123',
        {
          anonymize_ip: true,
          allow_google_signals: false,
          allow_ad_personalization_signals: false,
        },
      ],
    ]);
  });

  it('grants the ad keys with marketing when advertising is on', () => {
    const consent = consentOf();
    connect(consent, { advertising: true });
    consent.acceptAll();
    expect(commands('consent', 'update')).to.deep.equal([
      [
        'consent',
        'update',
        {
          ad_storage: 'granted',
          ad_user_data: 'granted',
          ad_personalization: 'granted',
          analytics_storage: 'granted',
          functionality_storage: 'granted',
          personalization_storage: 'granted',
        },
      ],
    ]);
    expect(commands('config')[0][2]).to.deep.equal({
      anonymize_ip: true,
      allow_google_signals: true,
      allow_ad_personalization_signals: true,
    });
  });

  it('sends each toggle as an update with only the keys that changed', () => {
    const consent = consentOf();
    connect(consent, { advertising: true });
    const updates = () => commands('consent', 'update').map((entry) => entry[2]);

    consent.update({ analytics: true });
    expect(updates()).to.deep.equal([{ analytics_storage: 'granted' }]);
    consent.update({ preferences: true });
    expect(updates().at(-1)).to.deep.equal({ functionality_storage: 'granted', personalization_storage: 'granted' });
    consent.update({ marketing: true });
    expect(updates().at(-1)).to.deep.equal({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
    consent.update({ marketing: false });
    expect(updates().at(-1)).to.deep.equal({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    consent.update({ analytics: false });
    expect(updates().at(-1)).to.deep.equal({ analytics_storage: 'denied' });
    // A decision that changes nothing sends no update.
    consent.update({ analytics: false });
    expect(updates()).to.have.length(5);
  });

  it('sends a marketing toggle nothing at all when advertising is off', () => {
    const consent = consentOf();
    connect(consent);
    consent.update({ marketing: true });
    consent.update({ marketing: false });
    expect(commands('consent', 'update')).to.have.length(0);
  });

  it('writes only arguments objects and plain objects into the dataLayer, never arrays', () => {
    const consent = consentOf();
    const ga = connect(consent, { mode: 'advanced', urlPassthrough: true });
    consent.acceptAll();
    consent.update({ analytics: false });
    consent.update({ analytics: true });
    ga.trackPurchase({ transaction_id: 'T-1', value: 3, currency: 'EUR', items: [{ item_id: 'SKU-1' }] });
    consent.reset();
    const kinds = window.dataLayer!.map((entry) => Object.prototype.toString.call(entry));
    expect(kinds.length).to.be.greaterThan(8);
    for (const kind of kinds) expect(kind).to.be.oneOf(['[object Arguments]', '[object Object]']);
    for (const entry of window.dataLayer!) {
      if (Object.prototype.toString.call(entry) === '[object Object]')
        expect(Object.getPrototypeOf(entry)).to.equal(Object.prototype);
    }
  });

  it('sets url_passthrough right after the defaults when asked', () => {
    connect(consentOf(), { urlPassthrough: true, waitForUpdate: 800 });
    expect(entries().slice(0, 3)).to.deep.equal([
      ['consent', 'default', { ...denied, wait_for_update: 800 }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it("sends a returning visitor's decision right after the defaults", async () => {
    const earlier = consentOf();
    earlier.update({ analytics: true });
    const cookieName = earlier.options.cookieName;
    earlier.destroy();

    connect(consentOf({ cookieName }));
    expect(entries().slice(0, 3)).to.deep.equal([
      ['consent', 'default', denied],
      ['set', 'ads_data_redaction', true],
      ['consent', 'update', { analytics_storage: 'granted' }],
    ]);
    expect(commands('config')).to.have.length(1);
    await until(() => window.gtagStandIn);
  });

  it('applies a decision made on this page before it connected', async () => {
    const consent = consentOf();
    consent.update({ analytics: true, preferences: true });
    connect(consent);
    expect(commands('consent', 'update')).to.deep.equal([
      [
        'consent',
        'update',
        {
          analytics_storage: 'granted',
          functionality_storage: 'granted',
          personalization_storage: 'granted',
        },
      ],
    ]);
    await until(() => window.gtagStandIn);
  });

  it('grants what an opt-out store grants before any decision', () => {
    const consent = consentOf({ mode: 'opt-out' });
    connect(consent);
    expect(consent.get().status).to.equal('pending');
    expect(commands('consent', 'update')[0][2]).to.deep.equal({
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
    });
    expect(commands('config')).to.have.length(1);
  });

  it('follows a decision made in another tab', async () => {
    const here = consentOf();
    connect(here);
    // A second store on the same cookie plays the other tab: it tells this one through core's channel.
    const otherTab = consentOf({ cookieName: here.options.cookieName });
    otherTab.update({ analytics: true });
    await until(() => commands('consent', 'update').length);
    expect(commands('consent', 'update')).to.deep.equal([['consent', 'update', { analytics_storage: 'granted' }]]);
    await until(() => window.gtagStandIn);
    otherTab.reset();
    await until(() => commands('consent', 'update').length === 2);
    expect(commands('consent', 'update')[1][2]).to.deep.equal({ analytics_storage: 'denied' });
    expect((window as any)['ga-disable-G-ABC123']).to.equal(true);
  });

  it('pushes assent_consent_update with the state for Google Tag Manager, unless gtmEvents is false', () => {
    const consent = consentOf();
    connect(consent);
    const events = () =>
      entries().filter((entry) => !Array.isArray(entry)) as Array<{ event: string; assent: ConsentState }>;
    consent.acceptAll();
    consent.update({ marketing: false });
    expect(events().map((entry) => entry.event)).to.deep.equal(Array(3).fill('assent_consent_update'));
    expect(events().map(({ assent }) => [assent.status, assent.method, assent.categories])).to.deep.equal([
      ['pending', null, { necessary: true, preferences: false, analytics: false, marketing: false }],
      ['decided', 'accept-all', { necessary: true, preferences: true, analytics: true, marketing: true }],
      ['decided', 'api', { necessary: true, preferences: true, analytics: true, marketing: false }],
    ]);

    const quiet = consentOf();
    connect(quiet, { measurementId: 'G-QUIET1', gtmEvents: false });
    quiet.acceptAll();
    expect(events()).to.have.length(3);
  });

  it('loads gtag.js at once in advanced mode, with everything denied', async () => {
    const consent = consentOf();
    connect(consent, { mode: 'advanced' });
    expect([...document.scripts].filter((script) => script.src.includes(scriptUrl))).to.have.length(1);
    await until(() => window.gtagStandIn);
    expect(window.gtagStandIn!.commands.filter(Array.isArray).map((entry) => entry[0])).to.deep.equal([
      'consent',
      'set',
      'js',
      'config',
    ]);
    expect(commands('consent', 'update')).to.have.length(0);
    consent.update({ analytics: true });
    // gtag.js sees the update at once, since it now owns dataLayer.push.
    expect(window.gtagStandIn!.commands.filter(Array.isArray).at(-1)).to.deep.equal([
      'consent',
      'update',
      { analytics_storage: 'granted' },
    ]);
    expect(commands('config')).to.have.length(1);
    // Firefox records the request a little after the script ran.
    await until(() => requestsFor(scriptUrl).length);
    expect(requestsFor(scriptUrl)).to.have.length(1);
  });

  it('does not duplicate config, updates or events when connected twice to the same id', async () => {
    const consent = consentOf();
    const first = connect(consent, { mode: 'advanced' });
    const second = connect(consent, { mode: 'advanced' });
    consent.acceptAll();
    first.trackPurchase({ transaction_id: 'T-2', items: [{ item_name: 'Tea' }] });
    expect(commands('consent', 'default')).to.have.length(1);
    expect(commands('config')).to.have.length(1);
    expect(commands('js')).to.have.length(1);
    expect(commands('consent', 'update')).to.have.length(1);
    expect(commands('event', 'purchase')).to.have.length(1);
    // One Tag Manager event on connecting and one for the decision.
    expect(entries().filter((entry) => !Array.isArray(entry))).to.have.length(2);
    await until(() => window.gtagStandIn);
    expect([...document.scripts].filter((script) => script.src.includes(scriptUrl))).to.have.length(1);

    // One holder leaving (a component unmounting) leaves the other's connection following the store.
    first.disconnect();
    first.disconnect();
    expect(
      first.trackPurchase({ transaction_id: 'T-3', items: [{ item_name: 'Tea' }] }),
      'after its own disconnect',
    ).to.equal(false);
    consent.rejectAll();
    expect(commands('consent', 'update')).to.have.length(2);
    expect(window['ga-disable-G-ABC123' as never], 'hits stopped on withdrawal').to.equal(true);
    second.disconnect();
    consent.acceptAll();
    expect(commands('consent', 'update'), 'no holder left').to.have.length(2);

    // Reconnecting after that (a single-page app remounting) does not configure again either.
    const third = connect(consent, { mode: 'advanced' });
    expect(commands('config')).to.have.length(1);
    expect(commands('consent', 'default')).to.have.length(1);
    expect(commands('consent', 'update')).to.have.length(3);
    third.disconnect();
  });

  it('stops following the store after disconnect()', () => {
    const consent = consentOf();
    const ga = connect(consent);
    ga.disconnect();
    const before = entries().length;
    consent.acceptAll();
    expect(entries()).to.have.length(before);
    expect(ga.trackPurchase({ transaction_id: 'T-3', items: [{ item_id: 'SKU-1' }] })).to.equal(false);
  });

  it('breaks nothing when gtag.js fails to load', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const missing = `/packages/analytics-bridge/src/test/missing-gtag.js?run=${Date.now()}`;
    const consent = consentOf();
    const ga = connect(consent, { scriptUrl: missing });
    consent.acceptAll();
    const script = [...document.scripts].find((element) => element.src.includes(missing))!;
    await new Promise((resolve) => script.addEventListener('error', resolve));
    window.removeEventListener('error', onError);

    await until(() => requestsFor(missing).length);
    expect(requestsFor(missing)).to.have.length(1);
    expect(errors).to.deep.equal([]);
    expect(window.gtagStandIn).to.equal(undefined);
    consent.update({ analytics: false });
    expect(consent.allowed('analytics')).to.equal(false);
    expect(commands('consent', 'update').at(-1)![2]).to.deep.equal({ analytics_storage: 'denied' });
    consent.update({ analytics: true });
    expect(ga.trackPurchase({ transaction_id: 'T-4', items: [{ item_id: 'SKU-1' }] })).to.equal(true);
  });
});
