import { expect } from '@open-wc/testing';
import { CONSENT_OPTIONS } from '@assent/core';
import { GOOGLE_ANALYTICS_OPTIONS } from '@assent/analytics-bridge';
import { BANNER_OPTIONS } from '@assent/banner/options';
import { MISSING_POLICY_VERSION, optionsFor, readConfig } from './read-config.js';

function tag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

describe('readConfig', () => {
  let errors: string[];
  let warnings: string[];
  const { error, warn } = console;

  beforeEach(() => {
    errors = [];
    warnings = [];
    console.error = (message: string) => errors.push(message);
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
  });

  it('reads every documented attribute', () => {
    const config = readConfig(
      tag({
        'data-policy-version': '2024-05',
        'data-privacy-url': '/privacy.html',
        'data-categories': 'analytics marketing',
        'data-ga': 'G-ABC123',
        'data-ga-mode': 'advanced',
        'data-advertising': 'true',
        'data-mode': 'opt-out',
        'data-dnt': '',
        'data-lang': 'pt-BR',
        'data-expires-days': '30',
        'data-cookie-domain': location.hostname,
        'data-layout': 'modal',
        'data-floating-button': 'false',
        'data-color-scheme': 'dark',
        'data-placeholders': 'off',
      }),
    );
    expect(config).to.deep.equal({
      policyVersion: '2024-05',
      privacyUrl: '/privacy.html',
      categories: ['analytics', 'marketing'],
      ga: 'G-ABC123',
      gaMode: 'advanced',
      advertising: true,
      mode: 'opt-out',
      dnt: true,
      lang: 'pt-BR',
      expiresDays: 30,
      cookieDomain: location.hostname,
      layout: 'modal',
      floatingButton: false,
      colorScheme: 'dark',
      placeholders: 'off',
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('says that data-policy-version is required and still returns a version, so the banner asks', () => {
    const config = readConfig(tag({}));
    expect(config.policyVersion).to.equal(MISSING_POLICY_VERSION);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^assent: data-policy-version is required/);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['data-policy-version', 'a version with spaces', /letters, digits/],
    ['data-privacy-url', 'javascript:alert(1)', /http\(s\) or relative URL/],
    ['data-privacy-url', 'java\nscript:alert(1)', /http\(s\) or relative URL/],
    ['data-categories', 'analytics necessary', /other than "necessary"/],
    ['data-categories', 'Analytics', /lower-case/],
    ['data-categories', '1st-party', /a letter, then/],
    ['data-ga', 'UA-1234-1', /"G-…" or "AW-…" id/],
    ['data-ga', 'AW-ABC', /"G-…" or "AW-…" id/],
    ['data-ga-mode', 'full', /"basic" or "advanced"/],
    ['data-advertising', 'yes', /true or false/],
    ['data-mode', 'optin', /"opt-in" or "opt-out"/],
    ['data-dnt', '1', /true or false/],
    ['data-lang', 'english please', /language tag/],
    ['data-expires-days', '401', /1 to 400/],
    ['data-expires-days', '7.5', /1 to 400/],
    ['data-cookie-domain', 'example.com', /parent domain/],
    ['data-layout', 'sidebar', /"bar" or "box" or "modal"/],
    ['data-floating-button', 'on', /true, false or "auto"/],
    ['data-color-scheme', 'night', /"auto" or "light" or "dark"/],
    ['data-placeholders', 'false', /"on" or "off"/],
  ];
  for (const [attribute, value, allowed] of bad) {
    it(`refuses ${attribute}=${JSON.stringify(value)}, naming the attribute, the value and what is allowed`, () => {
      const config = readConfig(tag({ 'data-policy-version': '1', [attribute]: value }));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(`assent: ${attribute} must be`);
      expect(errors[0]).to.contain(`got ${JSON.stringify(value)}`);
      expect(errors[0]).to.match(allowed);
      // The safe default: the key is left out, so core, the banner and the bridge use theirs.
      expect(Object.keys(config)).to.deep.equal(['policyVersion']);
    });
  }

  it('reports a wrong attribute in the words of the package that owns its option', () => {
    readConfig(tag({ 'data-policy-version': '1', 'data-mode': 'x', 'data-ga-mode': 'x', 'data-layout': 'x' }));
    expect(errors).to.deep.equal([
      `assent: data-ga-mode must be ${GOOGLE_ANALYTICS_OPTIONS.mode.allowed}, got "x"; using the default`,
      `assent: data-mode must be ${CONSENT_OPTIONS.mode.allowed}, got "x"; using the default`,
      `assent: data-layout must be ${BANNER_OPTIONS.layout.allowed}, got "x"; using the default`,
    ]);
  });

  it('takes a relative gtag.js URL, which the analytics bridge takes too', () => {
    const config = readConfig(null, { policyVersion: '1', ga: 'G-ABC123', gaScriptUrl: 'gtag/js' });
    expect(errors).to.deep.equal([]);
    expect(optionsFor(GOOGLE_ANALYTICS_OPTIONS, config)).to.deep.equal({
      measurementId: 'G-ABC123',
      scriptUrl: 'gtag/js',
    });
  });

  it('hands each package the options it owns, under their own names, leaving out what was not given', () => {
    const config = readConfig(
      tag({ 'data-policy-version': '3', 'data-dnt': '', 'data-ga': 'G-ABC123', 'data-layout': 'box' }),
    );
    expect(optionsFor(CONSENT_OPTIONS, config)).to.deep.equal({ policyVersion: '3', respectDoNotTrack: true });
    expect(optionsFor(GOOGLE_ANALYTICS_OPTIONS, config)).to.deep.equal({ measurementId: 'G-ABC123' });
    expect(optionsFor(BANNER_OPTIONS, config)).to.deep.equal({ layout: 'box' });
  });

  it('warns about an unknown data-* attribute, such as a typo', () => {
    readConfig(tag({ 'data-policy-version': '1', 'data-polcy-version': '2' }));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^assent: unknown attribute data-polcy-version on the script tag; known: data-policy-version, /,
    );
    expect(errors).to.deep.equal([]);
  });

  it('does not warn about attributes other tools put on script tags', () => {
    readConfig(tag({ 'data-policy-version': '1', 'data-cfasync': 'false' }));
    expect(warnings).to.deep.equal([]);
  });

  it('merges window.assentConfig, the tag winning for the same key', () => {
    const config = readConfig(tag({ 'data-policy-version': '7', 'data-layout': 'box' }), {
      policyVersion: '6',
      layout: 'modal',
      texts: { title: 'Cookies' },
      gaScriptUrl: '/gtag.js',
    });
    expect(config).to.deep.equal({
      policyVersion: '7',
      layout: 'box',
      texts: { title: 'Cookies' },
      gaScriptUrl: '/gtag.js',
    });
  });

  it('lets data-categories pick category definitions from assentConfig', () => {
    const analytics = { name: 'analytics', services: [{ name: 'Google Analytics', cookies: ['_gid'] }] };
    const config = readConfig(tag({ 'data-policy-version': '1', 'data-categories': 'analytics, preferences' }), {
      categories: [analytics, { name: 'marketing' }],
    });
    expect(config.categories).to.deep.equal([analytics, 'preferences']);
  });

  it('checks assentConfig values too, naming the key', () => {
    const config = readConfig(null, { policyVersion: '1', mode: 'sometimes' as 'opt-in', expiresDays: 0 });
    expect(config).to.deep.equal({ policyVersion: '1' });
    expect(errors).to.deep.equal([
      'assent: assentConfig.mode must be "opt-in" or "opt-out", got "sometimes"; using the default',
      'assent: assentConfig.expiresDays must be a whole number of days from 1 to 400, got 0; using the default',
    ]);
  });

  it('checks the keys only assentConfig can set, in every build: a gtag.js URL that is not http(s) is never used', () => {
    const config = readConfig(null, {
      policyVersion: '1',
      gaScriptUrl: 'data:text/javascript,alert(1)',
      cookieName: 'my cookie',
      gpc: 'no' as never,
      texts: { title: { html: '<b>x</b>' } as never },
    });
    expect(config).to.deep.equal({ policyVersion: '1' });
    expect(errors).to.deep.equal([
      'assent: assentConfig.gaScriptUrl must be an http(s) or relative URL, got "data:text/javascript,alert(1)"; using the default',
      'assent: assentConfig.cookieName must be a cookie name without spaces or ()<>@,;:\\"/[]?={}, got "my cookie"; using the default',
      'assent: assentConfig.gpc must be true or false, got "no"; using the default',
      'assent: assentConfig.texts must be an object of strings, e.g. { title: "Cookies" }, got {"title":{"html":"<b>x</b>"}}; using the default',
    ]);
  });

  it('takes those keys from assentConfig only: as attributes they are unknown', () => {
    const config = readConfig(
      tag({ 'data-policy-version': '1', 'data-ga-script-url': '/gtag.js', 'data-gpc': 'false' }),
    );
    expect(config).to.deep.equal({ policyVersion: '1' });
    expect(warnings.map((w) => w.split(' on ')[0])).to.deep.equal([
      'assent: unknown attribute data-ga-script-url',
      'assent: unknown attribute data-gpc',
    ]);
    expect(warnings[0]).not.to.contain('data-cookie-name');
  });

  it('takes assentConfig.meanings for core, which the analytics bridge and the banner follow', () => {
    const config = readConfig(tag({ 'data-categories': 'statistics' }), {
      policyVersion: '1',
      meanings: { analytics: 'statistics' },
    });
    expect(optionsFor(CONSENT_OPTIONS, config)).to.deep.equal({
      policyVersion: '1',
      categories: ['statistics'],
      meanings: { analytics: 'statistics' },
    });
    expect(readConfig(null, { policyVersion: '1', meanings: { sales: 'ads' } as never })).to.deep.equal({
      policyVersion: '1',
    });
    expect(errors).to.deep.equal([
      `assent: assentConfig.meanings must be ${CONSENT_OPTIONS.meanings.allowed}, got {"sales":"ads"}; using the default`,
    ]);
  });

  it("hands an integration's values to its own file, which checks them: data-receipts turns receipts on", () => {
    const config = readConfig(tag({ 'data-policy-version': '1', 'data-receipts': 'javascript:alert(1)' }), {
      receiptsSubject: 'c0ffee42',
    });
    expect(config).to.deep.equal({
      policyVersion: '1',
      integrations: {
        receipts: {
          endpoint: ['data-receipts', 'javascript:alert(1)'],
          subject: ['assentConfig.receiptsSubject', 'c0ffee42'],
        },
      },
    });
    expect(errors).to.deep.equal([]);
  });

  it("hands each vendor's attributes to its file, and turns on only the vendors whose first attribute is there", () => {
    const config = readConfig(
      tag({
        'data-policy-version': '1',
        'data-meta-pixel': '1234567890',
        'data-uet': '12345678',
        'data-clarity': 'abcde12345',
        'data-matomo': 'https://stats.shop.example/',
        'data-matomo-site': '3',
      }),
    );
    expect(config.integrations).to.deep.equal({
      meta: { pixelId: ['data-meta-pixel', '1234567890'] },
      uet: { tagId: ['data-uet', '12345678'] },
      clarity: { projectId: ['data-clarity', 'abcde12345'] },
      matomo: { url: ['data-matomo', 'https://stats.shop.example/'], siteId: ['data-matomo-site', '3'] },
    });
    expect(readConfig(tag({ 'data-policy-version': '1', 'data-matomo-site': '3' })).integrations).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('takes the customer id from assentConfig only, and only for receipts that are on', () => {
    const config = readConfig(tag({ 'data-policy-version': '1', 'data-receipts-subject': 'c0ffee42' }), {
      receiptsSubject: 'c0ffee42',
    });
    expect(config).to.deep.equal({ policyVersion: '1' });
    expect(warnings[0]).to.match(/^assent: unknown attribute data-receipts-subject on the script tag/);
  });

  it('keeps category definitions from assentConfig for core to check', () => {
    const categories = [{ name: 'analytics', description: 'Visits' }];
    expect(readConfig(null, { policyVersion: '1', categories }).categories).to.equal(categories);
  });
});
