import { expect } from '@open-wc/testing';
import { createConsent, gateElements } from '../index.js';
import type { Consent, ConsentChange, ConsentOptions } from '../types.js';
import { decisionId, encodeRecord } from '../record/record.js';
import { captureConsole, clearAllCookies, cookieNames, uniqueName, until } from '../test/helpers.js';

// A shop that wants YouTube but maybe not the ad pixel: marketing with two services, each its own switch.
const categories: ConsentOptions['categories'] = [
  { name: 'analytics', services: [{ name: 'Stats', cookies: ['_stat'] }] },
  {
    name: 'marketing',
    services: [
      { id: 'youtube', name: 'YouTube', cookies: ['YSC'] },
      { id: 'pixel', name: 'Ad pixel', cookies: [/^_px/] },
    ],
  },
];

const made: Consent[] = [];
function consentWith(options: Partial<ConsentOptions> = {}): Consent {
  const consent = createConsent({ policyVersion: '1', cookieName: uniqueName(), categories, ...options });
  made.push(consent);
  return consent;
}
const again = (consent: Consent, options: Partial<ConsentOptions> = {}) =>
  consentWith({ cookieName: consent.options.cookieName, ...options });
const cookieOf = (name: string) =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
// A decision as an earlier release wrote it (format 1: whole categories only).
const formatOne = (granted: string[]) =>
  encodeRecord({ policyVersion: '1', decidedAt: Date.now(), id: decisionId(), method: 'custom', granted });

afterEach(() => {
  made.splice(0).forEach((c) => c.destroy());
  clearAllCookies();
});

describe('per-service consent', () => {
  it('starts with every service denied, and grants them all with accept all', () => {
    const consent = consentWith();
    expect(consent.get().services).to.deep.equal({ youtube: false, pixel: false });
    consent.acceptAll();
    expect(consent.get().services).to.deep.equal({ youtube: true, pixel: true });
    expect(consent.allowed('youtube')).to.equal(true);
    consent.rejectAll();
    expect(consent.get().services).to.deep.equal({ youtube: false, pixel: false });
    expect(consent.allowed('marketing')).to.equal(false);
  });

  it('grants one service and not the other; its category counts as granted while one of its services is', () => {
    const consent = consentWith();
    consent.saveChoices({ marketing: true, pixel: false });
    expect(consent.allowed('youtube')).to.equal(true);
    expect(consent.allowed('pixel')).to.equal(false);
    expect(consent.allowed('marketing')).to.equal(true);
    expect(consent.get().categories).to.include({ marketing: true, analytics: false });
    consent.saveChoices({ youtube: false });
    expect(consent.get().categories.marketing, 'all services off: the category is off').to.equal(false);
  });

  it('keeps its choices in a compact, versioned cookie that the next page reads back', () => {
    const consent = consentWith();
    consent.saveChoices({ youtube: true, analytics: true });
    const value = cookieOf(consent.options.cookieName)!;
    expect(value).to.match(/^2~1~[0-9a-z]+~[0-9a-f]{16}~2~analytics~youtube~[0-9a-z]+$/);
    expect(value.length).to.be.below(80);
    const next = again(consent);
    expect(next.get().services).to.deep.equal({ youtube: true, pixel: false });
    expect(next.get().categories).to.include({ analytics: true, marketing: true });
  });

  it('writes a decision of whole categories in the format every earlier release reads', () => {
    const consent = consentWith();
    consent.acceptAll();
    expect(cookieOf(consent.options.cookieName)).to.match(/^1~1~[0-9a-z]+~[0-9a-f]{16}~0~analytics\.marketing~/);
    consent.saveChoices({ pixel: false });
    consent.saveChoices({ pixel: true });
    expect(cookieOf(consent.options.cookieName), 'all of marketing again').to.match(/^1~.*~analytics\.marketing~/);
  });

  it('reads a cookie from before per-service consent as before: every service of a granted category granted', () => {
    const name = uniqueName();
    document.cookie = `${name}=${formatOne(['marketing'])}; path=/`;
    const consent = consentWith({ cookieName: name });
    expect(consent.get()).to.include({ status: 'decided', method: 'custom' });
    expect(consent.get().categories).to.deep.equal({ necessary: true, analytics: false, marketing: true });
    expect(consent.get().services).to.deep.equal({ youtube: true, pixel: true });
    // The same cookie read by a site without services gives exactly the state it always gave.
    const plain = createConsent({ policyVersion: '1', cookieName: name, categories: ['analytics', 'marketing'] });
    made.push(plain);
    expect(plain.get().categories).to.deep.equal(consent.get().categories);
    expect(plain.get().services).to.deep.equal({});
  });

  it('grants nothing for other services: a service granted alone implies none added to its category later', () => {
    const consent = consentWith();
    consent.saveChoices({ youtube: true });
    const services = [
      { id: 'youtube', name: 'YouTube' },
      { id: 'pixel', name: 'Ad pixel' },
      { id: 'maps', name: 'Maps' },
    ];
    const later = again(consent, { categories: [{ name: 'marketing', services }] });
    expect(later.get().services).to.deep.equal({ youtube: true, pixel: false, maps: false });
  });

  it('reads a tampered service list as no decision', () => {
    const consent = consentWith();
    consent.saveChoices({ youtube: true });
    const name = consent.options.cookieName;
    const value = cookieOf(name)!;
    for (const tampered of [
      value.replace('~youtube~', '~youtube.pixel~'),
      value.replace('~youtube~', '~pixel~'),
      value.replace('~youtube~', '~~'),
      // Format 1 with a service list, and format 2 without one.
      value.replace(/^2/, '1'),
      value.replace('~youtube', ''),
    ]) {
      document.cookie = `${name}=${tampered}; path=/`;
      const read = again(consent);
      expect(read.get().status, tampered).to.equal('pending');
      expect(read.get().services, tampered).to.deep.equal({ youtube: false, pixel: false });
    }
  });

  it('never grants a service the site does not declare, even from a cookie whose checksum was recomputed', () => {
    const consent = consentWith();
    document.cookie = `${consent.options.cookieName}=${encodeRecord({
      policyVersion: '1',
      decidedAt: Date.now(),
      id: decisionId(),
      method: 'custom',
      granted: [],
      services: ['youtube', 'spyware', '__proto__', 'constructor', 'toString', 'necessary', 'analytics'],
    })}; path=/`;
    const read = again(consent);
    expect(read.get().services).to.deep.equal({ youtube: true, pixel: false });
    expect(read.get().categories).to.include({ analytics: false, marketing: true });
    for (const name of ['spyware', '__proto__', 'constructor', 'toString', 'analytics', 'pixel'])
      expect(read.allowed(name), name).to.equal(false);
  });

  it('tells listeners which services changed', () => {
    const consent = consentWith();
    const changes: ConsentChange[] = [];
    consent.onChange((change) => changes.push(change));
    consent.saveChoices({ youtube: true });
    expect(changes[0]!.changed).to.have.members(['marketing', 'youtube']);
    consent.saveChoices({ pixel: true });
    expect(changes[1]!.changed).to.deep.equal(['pixel']);
  });

  it('sets the services of a category the site sets, unless they are named too', () => {
    const consent = consentWith();
    consent.update({ marketing: true });
    expect(consent.get().services).to.deep.equal({ youtube: true, pixel: true });
    consent.update({ marketing: false, youtube: true });
    expect(consent.get().services).to.deep.equal({ youtube: true, pixel: false });
  });

  it('keeps every marketing service off through accept all when GPC objects, unless the visitor switches one on', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const consent = consentWith();
      consent.acceptAll();
      expect(consent.get().services).to.deep.equal({ youtube: false, pixel: false });
      consent.saveChoices({ youtube: true });
      expect(consent.get().services).to.deep.equal({ youtube: true, pixel: false });
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it("offers the services chosen under an earlier policy version as the next prompt's defaults", () => {
    const consent = consentWith();
    consent.saveChoices({ youtube: true });
    const next = again(consent, { policyVersion: '2' });
    expect(next.get().services).to.deep.equal({ youtube: false, pixel: false });
    expect(next.previousChoices).to.deep.equal({ analytics: false, marketing: true, youtube: true, pixel: false });
  });

  it('refuses a choice naming a service the site does not declare, naming it and what is allowed', () => {
    const consent = consentWith();
    expect(() => consent.saveChoices({ youtub: true })).to.throw(
      /option "saveChoices.youtub" must be one of this site's optional categories or services \(analytics, marketing, youtube, pixel\)/,
    );
  });
});

describe('withdrawing one service', () => {
  it("deletes that service's cookies only, on the host and on the parent domain", () => {
    const consent = consentWith();
    consent.acceptAll();
    document.cookie = 'YSC=1; path=/';
    document.cookie = '_px_id=1; path=/';
    document.cookie = '_px_parent=1; path=/; domain=shop.test';
    document.cookie = '_stat=1; path=/; domain=shop.test';
    consent.saveChoices({ pixel: false });
    expect(cookieNames()).not.to.include.members(['_px_id']);
    expect(cookieNames()).not.to.include('_px_parent');
    expect(cookieNames()).to.include.members(['YSC', '_stat', consent.options.cookieName]);
    consent.saveChoices({ youtube: false });
    expect(cookieNames()).not.to.include('YSC');
    expect(cookieNames()).to.include('_stat');
  });

  it('deletes every service of a category withdrawn whole, and on reset', () => {
    const consent = consentWith();
    consent.acceptAll();
    document.cookie = 'YSC=1; path=/; domain=shop.test';
    document.cookie = '_px_id=1; path=/';
    consent.update({ marketing: false });
    expect(cookieNames()).not.to.include.members(['YSC']);
    expect(cookieNames()).not.to.include('_px_id');
    consent.acceptAll();
    document.cookie = 'YSC=1; path=/';
    consent.reset();
    expect(cookieNames()).not.to.include('YSC');
  });
});

describe('declaring services', () => {
  const errorOf = (categories: unknown) => {
    try {
      consentWith({ categories: categories as ConsentOptions['categories'] });
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('names a wrong service id and says what is allowed', () => {
    expect(errorOf([{ name: 'marketing', services: [{ id: 'YouTube', name: 'YouTube' }] }])).to.match(
      /option "categories\[0\].services\[0\].id" must be a lower-case name.*got "YouTube"/,
    );
    expect(
      errorOf([
        { name: 'analytics', services: [{ id: 'maps', name: 'Maps' }] },
        { name: 'marketing', services: [{ id: 'maps', name: 'Maps' }] },
      ]),
    ).to.match(/"categories\[1\].services\[0\].id" must be an id no category or other service has, got "maps"/);
    expect(errorOf(['analytics', { name: 'marketing', services: [{ id: 'analytics', name: 'A' }] }])).to.match(
      /"categories\[1\].services\[0\].id" must be an id no category or other service has, got "analytics"/,
    );
    expect(
      errorOf([{ name: 'marketing', services: [{ id: 'youtube', name: 'YouTube' }, { name: 'Pixel' }] }]),
    ).to.match(/"categories\[0\].services" must be services all with an id or none/);
    try {
      createConsent({ policyVersion: '1', necessary: { services: [{ id: 'cart', name: 'Cart' }] } });
      expect.fail('no error');
    } catch (error) {
      expect((error as Error).message).to.match(/"necessary.services\[0\].id" must be absent/);
    }
  });
});

describe('gating by service', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
    delete (window as { inlineRuns?: number }).inlineRuns;
  });
  afterEach(() => box.remove());

  it('runs a data-consent="youtube" script and loads its iframe only once that service is granted', async () => {
    const consent = consentWith();
    box.innerHTML =
      '<iframe data-consent="youtube" data-src="/packages/core/src/test/echo-cookie.html"></iframe>' +
      '<template><script type="text/plain" data-consent="youtube">window.inlineRuns = (window.inlineRuns || 0) + 1;</script></template>';
    box.append(box.querySelector('template')!.content);
    const stop = gateElements(consent, box);
    try {
      const iframe = box.querySelector('iframe')!;
      consent.saveChoices({ marketing: true, youtube: false });
      await new Promise((r) => setTimeout(r, 50));
      expect(consent.allowed('marketing'), 'the pixel is granted').to.equal(true);
      expect(iframe.hasAttribute('src')).to.equal(false);
      expect((window as { inlineRuns?: number }).inlineRuns).to.equal(undefined);
      consent.saveChoices({ youtube: true });
      expect(await until(() => (window as { inlineRuns?: number }).inlineRuns === 1)).to.equal(true);
      expect(iframe.getAttribute('src')).to.equal('/packages/core/src/test/echo-cookie.html');
      consent.saveChoices({ youtube: false });
      expect(iframe.hasAttribute('src'), 'unloaded on withdrawal').to.equal(false);
    } finally {
      stop();
    }
  });

  it('names an element whose data-consent names an unknown service, with the known names, and never runs it', async () => {
    const consent = consentWith();
    box.innerHTML = '<iframe data-consent="youtub" data-src="/packages/core/src/test/echo-cookie.html"></iframe>';
    let stop = () => {};
    const errors = await captureConsole('error', () => {
      stop = gateElements(consent, box);
      consent.acceptAll();
    });
    stop();
    expect(String(errors[0]?.[0])).to.equal(
      'assent: <iframe data-consent="youtub"> names unknown "youtub"; known: analytics,marketing,youtube,pixel',
    );
    expect(box.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
  });
});
