import { expect } from '@open-wc/testing';
import type { AssentApi } from '../api/create-api.js';
import type { AssentConfig } from '../config/read-config.js';
import type { AssentReadyEvent } from '../types.js';
import { start as startAssent } from './start.js';

// Without rules by region, start() returns the API at once; with them, a promise of it (awaited in those tests).
const start = (...args: Parameters<typeof startAssent>) => startAssent(...args) as AssentApi;

declare global {
  interface Window {
    mountedBanners?: Array<{ consent: unknown; options: Record<string, unknown>; opened: number }>;
    loadedIntegrations?: Array<{ name: string; consent: unknown; options?: Record<string, unknown> }>;
    mountedPlaceholders?: Array<{ consent: unknown; options: Record<string, unknown>; waiting: Element[] }>;
  }
}

const fixtures = new URL('../test/', import.meta.url).href;
let run = 0;
let cookieName = '';

function tag(attributes: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script');
  // Only the URL matters: the loader finds assent-banner.js beside it.
  script.setAttribute('src', `${fixtures}assent.js`);
  for (const [name, value] of Object.entries({ 'data-policy-version': '1', ...attributes }))
    script.setAttribute(name, value);
  return script;
}

const boot = (attributes?: Record<string, string>, config: AssentConfig = {}) =>
  start(tag(attributes), { cookieName, ...config });

// Waits for loads (chunks, language files): generous, since a busy CI machine can take seconds; returns early.
const until = async (check: () => unknown, ms = 10000) => {
  for (let i = 0; i < ms / 20 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
};
// A tag that is not deferred runs while the parser is still at work: `whileParsed` runs `run` so (document.readyState
// is "loading" meanwhile), and `parsed` ends the parsing, as the browser announces it.
function whileParsed<T>(run: () => T): T {
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  try {
    return run();
  } finally {
    delete (document as { readyState?: string }).readyState;
  }
}
const parsed = () => document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));

// Loads started by an earlier test may finish during this one: look only at this test's instance.
const mountedFor = (api: AssentApi) => window.mountedBanners!.filter((banner) => banner.consent === api.consent);

describe('start (what assent.js does)', () => {
  beforeEach(() => {
    cookieName = `assent_boot_${++run}`;
    delete window.assent;
    window.mountedBanners = [];
  });
  afterEach(() => {
    (window.assent as AssentApi | undefined)?.consent.destroy();
    delete window.assent;
    document.cookie = `${cookieName}=; path=/; max-age=0`;
  });

  it('publishes window.assent, runs the calls queued before it loaded, then dispatches assent-ready once', async () => {
    const seen: string[] = [];
    window.assent = [(api) => seen.push(`function saw ${api.get().status}`), ['update', { analytics: true }]];
    let ready: AssentApi | undefined;
    let readyEvents = 0;
    // Made as every assent-* event is (assentEvent): it bubbles from document to window.
    const listener = (event: AssentReadyEvent) => {
      readyEvents += 1;
      ready = event.detail;
    };
    addEventListener('assent-ready', listener as EventListener);
    let api: AssentApi;
    try {
      api = boot();
    } finally {
      removeEventListener('assent-ready', listener as EventListener);
    }
    expect(window.assent).to.equal(api);
    expect(readyEvents).to.equal(1);
    expect(ready).to.equal(api);
    expect(seen).to.deep.equal(['function saw pending']);
    expect(api.get().status).to.equal('decided');
    expect(api.get().method).to.equal('api');
    expect(api.allowed('analytics')).to.equal(true);
    expect(document.cookie).to.contain(`${cookieName}=`);
    // After loading, the same push() style runs at once.
    api.push(['rejectAll']);
    expect(api.allowed('analytics')).to.equal(false);
  });

  it('reports a failing queued call and still runs the others', async () => {
    const errors: unknown[][] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      window.assent = [
        () => {
          throw new Error('site bug');
        },
        ['acceptAll'],
      ];
      const api = boot();
      expect(api.get().method).to.equal('accept-all');
      expect(String(errors[0][0])).to.match(/^assent: a queued call failed/);
    } finally {
      console.error = error;
    }
  });

  it('dispatches assent-change on document once per decision, with the state and the changed categories', async () => {
    const api = boot({ 'data-categories': 'analytics marketing' });
    const events: Array<{ status: string; changed: string[] }> = [];
    const listener = (event: Event) => {
      const { state, changed } = (event as CustomEvent).detail;
      events.push({ status: state.status, changed: [...changed].sort() });
    };
    document.addEventListener('assent-change', listener);
    try {
      api.acceptAll();
      api.update({ marketing: false });
      api.reset();
    } finally {
      document.removeEventListener('assent-change', listener);
    }
    expect(events).to.deep.equal([
      { status: 'decided', changed: ['analytics', 'marketing'] },
      { status: 'decided', changed: ['marketing'] },
      { status: 'pending', changed: ['analytics'] },
    ]);
  });

  it('loads the banner and the chosen language (in parallel) while the decision is pending', async () => {
    const api = boot({ 'data-lang': 'de', 'data-layout': 'box', 'data-privacy-url': '/privacy' });
    await until(() => mountedFor(api).length);
    const [mounted] = mountedFor(api);
    expect(mounted.options).to.include({ lang: 'de', layout: 'box', privacyUrl: '/privacy' });
    expect(mounted.options.language).to.deep.equal({ acceptAll: 'Alle akzeptieren' });
    expect(performance.getEntriesByName(`${fixtures}i18n/de.js`)).to.have.length(1);
    expect(performance.getEntriesByName(`${fixtures}i18n/placeholders/de.js`), 'no embed here').to.have.length(0);
  });

  it('still shows the banner, in English, when the language file cannot be loaded', async () => {
    const api = boot({ 'data-lang': 'fr' }); // no i18n/fr.js beside the test fixtures: a 404
    await until(() => mountedFor(api).length);
    const [mounted] = mountedFor(api);
    expect(mounted.options).to.include({ lang: 'fr', language: undefined });
  });

  // A visitor who decided on an earlier page: this page has not loaded the banner.
  const returning = async () => {
    const first = boot();
    first.rejectAll();
    await until(() => mountedFor(first).length);
    first.consent.destroy();
    delete window.assent;
    return boot();
  };

  it('does not load the banner for a returning visitor, until preferences are opened', async () => {
    const api = await returning();
    expect(api.get().status).to.equal('decided');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mountedFor(api)).to.deep.equal([]);
    await api.openPreferences();
    expect(mountedFor(api).map((banner) => banner.opened)).to.deep.equal([1]);
  });

  it('opens preferences on a click on a data-assent-open element, without following the link', async () => {
    const api = await returning();
    const link = document.createElement('a');
    link.href = '#elsewhere';
    link.setAttribute('data-assent-open', '');
    link.textContent = 'Cookie settings';
    document.body.append(link);
    try {
      link.click();
      await until(() => mountedFor(api).length);
      expect(mountedFor(api).map((banner) => banner.opened)).to.deep.equal([1]);
      expect(location.hash).to.equal('');
    } finally {
      link.remove();
    }
  });

  it('leaves data-assent-open clicks to the banner once it is loaded: one owner at a time', async () => {
    const api = await returning();
    const button = Object.assign(document.createElement('button'), { textContent: 'Cookie settings' });
    button.setAttribute('data-assent-open', '');
    document.body.append(button);
    try {
      button.click();
      await until(() => mountedFor(api).length);
      expect(mountedFor(api).map((banner) => banner.opened)).to.deep.equal([1]);
      // The stand-in banner does not listen to clicks: were the tag still answering, it would open it again.
      const second = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      button.dispatchEvent(second);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(mountedFor(api).map((banner) => banner.opened)).to.deep.equal([1]);
      expect(second.defaultPrevented).to.equal(false);
    } finally {
      button.remove();
    }
  });

  it('lets a data-assent-open link lead on when the banner cannot be loaded (offline, blocked)', async () => {
    const first = boot();
    first.rejectAll();
    first.consent.destroy();
    delete window.assent;
    // This copy of assent.js has no assent-banner.js beside it.
    const script = tag();
    script.setAttribute('src', `${fixtures}i18n/assent.js`);
    const api = start(script, { cookieName });
    const link = document.createElement('a');
    link.href = '#cookie-policy';
    link.setAttribute('data-assent-open', '');
    document.body.append(link);
    const { error } = console;
    console.error = () => {};
    try {
      link.click();
      expect(location.hash, 'not before the load has failed').to.equal('');
      await until(() => location.hash === '#cookie-policy');
      expect(location.hash).to.equal('#cookie-policy');
      expect(mountedFor(api)).to.deep.equal([]);
    } finally {
      console.error = error;
      link.remove();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('shows the banner in English when its language file hangs', async () => {
    const script = tag({ 'data-lang': 'de' });
    script.setAttribute('src', `${fixtures}hanging-language/assent.js`);
    const api = start(script, { cookieName });
    await until(() => mountedFor(api).length);
    const [mounted] = mountedFor(api);
    expect(mounted?.options).to.include({ lang: 'de', language: undefined });
  });

  it('lets a data-assent-open link lead on when the banner hangs', async () => {
    const first = boot();
    first.rejectAll();
    first.consent.destroy();
    delete window.assent;
    const script = tag();
    script.setAttribute('src', `${fixtures}hanging-banner/assent.js`);
    start(script, { cookieName });
    const link = document.createElement('a');
    link.href = '#cookie-policy';
    link.setAttribute('data-assent-open', '');
    document.body.append(link);
    try {
      link.click();
      expect(location.hash, 'the banner gets its chance first').to.equal('');
      await until(() => location.hash === '#cookie-policy');
      expect(location.hash).to.equal('#cookie-policy');
    } finally {
      link.remove();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it("loads no banner from the page's base URL when it could not find its own script, and says so", async () => {
    const errors: unknown[][] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const api = start(null, { cookieName });
      await until(() => errors.length);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(api.get().status).to.equal('pending');
      expect(mountedFor(api)).to.deep.equal([]);
      const fromBase = new URL('assent-banner.js', document.baseURI).href;
      expect(performance.getEntriesByName(fromBase)).to.have.length(0);
      expect(errors.map((args) => String(args[0]))).to.include(
        'assent: the banner could not be loaded from beside assent.js (unknown):',
      );
    } finally {
      console.error = error;
    }
  });

  it('gates the data-consent elements of a shadow root through window.assent.gate', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<iframe data-consent="marketing" data-src="${fixtures}i18n/de.js" title="x"></iframe>`;
    try {
      const api = boot();
      const stop = api.gate(shadow);
      const frame = shadow.querySelector('iframe')!;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(frame.hasAttribute('src')).to.equal(false);
      api.acceptAll();
      await until(() => frame.hasAttribute('src'));
      expect(frame.getAttribute('src')).to.equal(`${fixtures}i18n/de.js`);
      stop();
    } finally {
      host.remove();
    }
  });

  it("loads the placeholders beside assent.js for an embed that waits, in the banner's language, and only then", async () => {
    window.mountedPlaceholders = [];
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const api = boot({ 'data-lang': 'de', 'data-privacy-url': '/privacy' });
      // Earlier tests' tags may still be gating the page and mount placeholders of their own: only this one's count.
      const mine = () => window.mountedPlaceholders!.filter((record) => record.consent === api.consent);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(mine()).to.deep.equal([]);
      host.innerHTML = `<iframe data-consent="marketing" data-src="${fixtures}i18n/de.js" title="x"></iframe>`;
      await until(() => mine().length);
      const [mounted] = mine();
      expect(mounted!.options).to.include({ lang: 'de', privacyUrl: '/privacy' });
      // The banner's language file and the placeholders' own, merged.
      expect(mounted!.options.language).to.deep.equal({ acceptAll: 'Alle akzeptieren', loadOnce: 'Einmal laden' });
      expect(mounted!.waiting).to.deep.equal([host.querySelector('iframe')]);
    } finally {
      host.remove();
    }
  });

  it('lays no placeholder over a waiting embed with data-placeholders="off", and leaves it blank and inert', async () => {
    window.mountedPlaceholders = [];
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const api = boot({ 'data-placeholders': 'off' });
      host.innerHTML = `<iframe data-consent="marketing" data-src="${fixtures}i18n/de.js" title="x"></iframe>`;
      // A tag with placeholders on, started at the same time, proves the embed was seen and the file had time to load.
      delete window.assent;
      const control = boot({}, { cookieName: `${cookieName}_control` });
      const mountedFor = (consent: unknown) =>
        window.mountedPlaceholders!.filter((record) => record.consent === consent);
      await until(() => mountedFor(control.consent).length);
      expect(mountedFor(control.consent)).to.have.length(1);
      expect(mountedFor(api.consent)).to.deep.equal([]);
      expect(host.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
      api.consent.destroy();
    } finally {
      host.remove();
    }
  });

  it('starts when the page has an element named "assent", without a misleading "included twice" warning', () => {
    const element = Object.assign(document.createElement('div'), { id: 'assent' });
    document.body.append(element);
    const warnings: unknown[] = [];
    const { warn, error } = console;
    console.warn = (message: unknown) => warnings.push(message);
    console.error = () => {};
    try {
      const api = start(tag(), { cookieName });
      expect(api).to.not.equal(element);
      expect(window.assent).to.equal(api);
      expect(api.get().status).to.equal('pending');
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
      console.error = error;
      element.remove();
    }
  });

  it('loads the banner again when a reset makes the decision pending', async () => {
    const api = await returning();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mountedFor(api)).to.deep.equal([]);
    api.reset();
    await until(() => mountedFor(api).length);
    expect(mountedFor(api)).to.have.length(1);
  });

  it('checks purchases in a production build too, where shops run, naming the bad field', () => {
    const env = (window as unknown as { process: { env: { NODE_ENV?: string } } }).process.env;
    env.NODE_ENV = 'production';
    try {
      const api = boot({ 'data-ga': `G-BOOT${run}` });
      expect(() => api.trackPurchase({ transaction_id: '', items: [{ item_id: 'A' }] })).to.throw(
        /^assent: purchase "transaction_id" must be a non-empty string, got ""$/,
      );
      expect(() => api.trackPurchase({ transaction_id: 'T-1', items: [{ item_id: 'A', quantity: -1 }] })).to.throw(
        /"items\[0\]\.quantity" must be a number above 0/,
      );
      expect(
        api.trackPurchase({ transaction_id: 'T-1', items: [{ item_id: 'A' }] }),
        'valid, but no consent yet',
      ).to.equal(false);
    } finally {
      env.NODE_ENV = 'development';
    }
  });

  it('returns false from trackPurchase without data-ga', () => {
    const api = boot();
    api.acceptAll();
    expect(api.trackPurchase({ transaction_id: 'T-1', items: [{ item_id: 'A' }] })).to.equal(false);
  });

  it('still asks, with the default categories, when assentConfig has a mistake core refuses', () => {
    const errors: unknown[] = [];
    const { error } = console;
    console.error = (message: unknown) => errors.push(message);
    try {
      const api = boot(
        { 'data-mode': 'opt-out', 'data-expires-days': '30' },
        { categories: [{ name: 'analytics' }, { name: 'analytics' }] },
      );
      expect(String(errors[0])).to.match(/^Error: assent: /);
      expect(api.get().status).to.equal('pending');
      expect(api.consent.categories.map((c) => c.name)).to.deep.equal([
        'necessary',
        'preferences',
        'analytics',
        'marketing',
      ]);
      // Everything else the site configured still holds.
      expect(api.consent.options).to.include({ mode: 'opt-out', expiresDays: 30, cookieName });
    } finally {
      console.error = error;
    }
  });

  it('loads no integration on a page that uses none', async () => {
    window.loadedIntegrations = [];
    const api = boot();
    await until(() => mountedFor(api).length);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.loadedIntegrations).to.deep.equal([]);
    const requests = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/test/integrations/'));
    expect(requests).to.deep.equal([]);
  });

  it('applies the rule of the region its own tag names: opt-out for US-CA, opt-in for DE, opt-in without a hint', async () => {
    const california = await boot({ 'data-regions': '', 'data-region': 'US-CA' });
    expect(window.assent).to.equal(california);
    expect(california.consent.options.mode).to.equal('opt-out');
    expect(california.consent.options.rule).to.include({ region: 'US-CA', regionRule: 'US-CA' });
    expect(california.allowed('analytics')).to.equal(true);
    california.consent.destroy();
    delete window.assent;
    const germany = await boot({ 'data-regions': '', 'data-region': 'DE', 'data-mode': 'opt-out' });
    expect(germany.consent.options.mode).to.equal('opt-in');
    expect(germany.allowed('analytics')).to.equal(false);
    germany.consent.destroy();
    delete window.assent;
    const unknown = await boot({ 'data-regions': '', 'data-mode': 'opt-out' });
    expect(unknown.consent.options.mode).to.equal('opt-in');
    expect(unknown.allowed('analytics')).to.equal(false);
  });

  it('runs the calls queued while it waited for the rule, and gates nothing before it', async () => {
    window.assent = [['update', { analytics: true }]];
    const started = boot({ 'data-regions': '', 'data-region': 'US-CA' });
    expect(Array.isArray(window.assent)).to.equal(true);
    const api = await started;
    expect(api.get()).to.include({ status: 'decided', method: 'api' });
  });

  it('never takes the region from markup other than its own tag', async () => {
    const planted = document.createElement('div');
    planted.setAttribute('data-region', 'US-CA');
    planted.id = 'assent';
    document.body.append(planted);
    document.documentElement.dataset.region = 'US-CA';
    try {
      const api = await boot({ 'data-regions': '', 'data-mode': 'opt-out' });
      expect(api.consent.options.mode).to.equal('opt-in');
      expect(api.consent.options.rule!.region).to.equal(undefined);
    } finally {
      planted.remove();
      delete document.documentElement.dataset.region;
    }
  });

  it('asks every visitor first when data-regions is wrong, naming the attribute', async () => {
    const errors: unknown[] = [];
    const { error } = console;
    console.error = (message: unknown) => errors.push(message);
    try {
      const api = await boot({ 'data-regions': 'EEA:opt-in', 'data-region': 'US-CA', 'data-mode': 'opt-out' });
      expect(api.consent.options.mode).to.equal('opt-in');
      expect(api.allowed('analytics')).to.equal(false);
    } finally {
      console.error = error;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(
      /^assent: data-regions must be true \(the defaults\) or .*, got "EEA:opt-in"; asking every visitor first$/,
    );
  });

  it("connects Shopify's Customer Privacy API by itself on a Shopify storefront", async () => {
    window.loadedIntegrations = [];
    (window as { Shopify?: object }).Shopify = { shop: 'lens-co.myshopify.com' };
    try {
      const api = boot();
      await until(() => window.loadedIntegrations!.length);
      expect(window.loadedIntegrations!.map(({ name, consent }) => [name, consent === api.consent])).to.deep.equal([
        ['shopify', true],
      ]);
    } finally {
      delete (window as { Shopify?: object }).Shopify;
    }
  });

  it('finds Shopify when it runs while the page is parsed, above the content_for_header that defines it', async () => {
    window.loadedIntegrations = [];
    // A tag that is not deferred runs while the parser is still on it; window.Shopify comes from further down.
    const api = whileParsed(() => boot());
    (window as { Shopify?: object }).Shopify = { shop: 'lens-co.myshopify.com' };
    try {
      parsed();
      await until(() => window.loadedIntegrations!.length);
      expect(window.loadedIntegrations!.map(({ name, consent }) => [name, consent === api.consent])).to.deep.equal([
        ['shopify', true],
      ]);
    } finally {
      delete (window as { Shopify?: object }).Shopify;
    }
  });

  it('connects Shopify at once when it is there already while the page is parsed', async () => {
    window.loadedIntegrations = [];
    (window as { Shopify?: object }).Shopify = { shop: 'lens-co.myshopify.com' };
    try {
      whileParsed(() => boot());
      // No end of parsing comes in this test: the integration must not wait for it.
      await until(() => window.loadedIntegrations!.length);
      expect(window.loadedIntegrations!.map(({ name }) => name)).to.deep.equal(['shopify']);
    } finally {
      delete (window as { Shopify?: object }).Shopify;
    }
  });

  it("loads Google Tag Manager for data-gtm, with the tag's nonce and Google's mode", async () => {
    window.loadedIntegrations = [];
    const script = tag({ 'data-gtm': 'GTM-ABC1234', 'data-ga-mode': 'advanced', 'data-advertising': 'true' });
    script.nonce = 'n0nce-1';
    const api = start(script, { cookieName, gtmScriptUrl: '/gtm.js' });
    await until(() => window.loadedIntegrations!.length);
    const [gtm] = window.loadedIntegrations!;
    expect(gtm.name).to.equal('gtm');
    expect(gtm.consent).to.equal(api.consent);
    expect(gtm.options).to.deep.equal({
      containerId: 'GTM-ABC1234',
      mode: 'advanced',
      advertising: true,
      scriptUrl: '/gtm.js',
      nonce: 'n0nce-1',
    });
  });

  it('reports a data-gtm that is not a container id, and loads nothing', async () => {
    window.loadedIntegrations = [];
    const errors: unknown[][] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      boot({ 'data-gtm': 'UA-1234-1' });
    } finally {
      console.error = error;
    }
    expect(String(errors[0][0])).to.equal(
      'assent: data-gtm must be a "GTM-…" container id, got "UA-1234-1"; using the default',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.loadedIntegrations).to.deep.equal([]);
  });

  it('loads the receipts file for data-receipts, handing it the endpoint and the customer id unchecked, and has the banner show the consent reference', async () => {
    window.loadedIntegrations = [];
    const script = tag({ 'data-receipts': 'https://consent.shop.example/v1/receipts' });
    script.nonce = 'n0nce-2';
    const api = start(script, { cookieName, receiptsSubject: 'c0ffee42' });
    await until(() => window.loadedIntegrations!.length && mountedFor(api).length);
    const [receipts] = window.loadedIntegrations!;
    expect(receipts).to.deep.equal({
      name: 'receipts',
      consent: api.consent,
      options: {
        endpoint: ['data-receipts', 'https://consent.shop.example/v1/receipts'],
        subject: ['assentConfig.receiptsSubject', 'c0ffee42'],
      },
      nonce: 'n0nce-2',
    });
    expect(mountedFor(api)[0].options.showConsentReference).to.equal(true);
  });

  it("loads a vendor's file for its attribute, with the tag's nonce for the vendor's script", async () => {
    window.loadedIntegrations = [];
    const script = tag({ 'data-meta-pixel': '1234567890' });
    script.nonce = 'n0nce-3';
    const api = start(script, { cookieName });
    await until(() => window.loadedIntegrations!.length);
    expect(window.loadedIntegrations).to.deep.equal([
      { name: 'meta', consent: api.consent, options: { pixelId: ['data-meta-pixel', '1234567890'] }, nonce: 'n0nce-3' },
    ]);
  });

  it('sends no receipts, and shows no consent reference, without data-receipts', async () => {
    window.loadedIntegrations = [];
    const api = boot({}, { receiptsSubject: 'c0ffee42' });
    await until(() => mountedFor(api).length);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.loadedIntegrations).to.deep.equal([]);
    expect(mountedFor(api)[0].options.showConsentReference).to.equal(false);
  });

  it('pushes assent_consent_update into the dataLayer on start and on every change, for a container the site loads', () => {
    const before = (window.dataLayer ||= []).length;
    const api = boot({ 'data-categories': 'analytics' });
    api.acceptAll();
    const events = window.dataLayer.slice(before) as Array<Record<string, unknown>>;
    expect(events.map((event) => [event.event, event.assent_analytics])).to.deep.equal([
      ['assent_consent_update', 'denied'],
      ['assent_consent_update', 'granted'],
    ]);
  });

  // A page without a dataLayer at first (each test makes its own, and puts back the one earlier tests left).
  function withoutDataLayer(test: (site: { dataLayer?: unknown[] }) => void): void {
    const site = window as { dataLayer?: unknown[] };
    const earlier = site.dataLayer;
    delete site.dataLayer;
    try {
      test(site);
    } finally {
      site.dataLayer = earlier;
    }
  }
  const eventsIn = (dataLayer: unknown) =>
    (dataLayer as Array<Record<string, unknown>>).map((event) => [event.event, event.assent_analytics]);

  it("tells a container whose dataLayer comes after a blocking assent.js the page's first state, once parsed", () =>
    withoutDataLayer((site) => {
      whileParsed(() => boot({ 'data-categories': 'analytics' }));
      // The container's snippet, further down the page, makes the dataLayer.
      site.dataLayer = [];
      parsed();
      expect(eventsIn(site.dataLayer)).to.deep.equal([['assent_consent_update', 'denied']]);
    }));

  it('tells such a container nothing more once parsed when a decision has reached it already', () =>
    withoutDataLayer((site) => {
      const api = whileParsed(() => boot({ 'data-categories': 'analytics' }));
      site.dataLayer = [];
      api.acceptAll();
      parsed();
      expect(eventsIn(site.dataLayer)).to.deep.equal([['assent_consent_update', 'granted']]);
    }));

  it('makes no dataLayer for a page without one, even once parsed', () =>
    withoutDataLayer((site) => {
      const api = whileParsed(() => boot({ 'data-categories': 'analytics' }));
      parsed();
      api.acceptAll();
      expect(site.dataLayer).to.equal(undefined);
    }));

  it('does nothing but warn when assent.js is included twice', () => {
    const warnings: unknown[] = [];
    const { warn } = console;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const first = boot();
      expect(boot()).to.equal(first);
      expect(warnings).to.deep.equal(['assent: assent.js is included twice; the second copy does nothing']);
    } finally {
      console.warn = warn;
    }
  });
});
