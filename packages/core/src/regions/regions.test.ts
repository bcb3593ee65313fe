import { expect } from '@open-wc/testing';
import { createConsent, REGION_DEFAULTS, regionCodes, ruleInForce, type RegionOptions } from '../index.js';
import type { Consent, ConsentOptions } from '../types.js';
import { clearAllCookies, uniqueName, withNavigator } from '../test/helpers.js';

const made: Consent[] = [];
function consentWith(options: Partial<ConsentOptions>): Consent {
  const consent = createConsent({ policyVersion: '2024-05', cookieName: uniqueName(), ...options });
  made.push(consent);
  return consent;
}
// The rule in force, without the list of opt-in regions and the options that every rule carries.
function rule(regions: RegionOptions['regions'], region: string | undefined, mode: 'opt-in' | 'opt-out') {
  const { optInRegions, options, ...rest } = ruleInForce({ regions, region, mode });
  expect(options.mode).to.equal(rest.mode);
  return rest;
}
const regional = (options: Partial<RegionOptions>, rest: Partial<ConsentOptions> = {}) =>
  consentWith({ ...rest, rule: ruleInForce({ regions: true, ...options }) });
const nothingOptional = { necessary: true, preferences: false, analytics: false, marketing: false };
const everything = { necessary: true, preferences: true, analytics: true, marketing: true };

afterEach(() => {
  made.splice(0).forEach((c) => c.destroy());
  clearAllCookies();
});

describe('rules by region: which rule is in force', () => {
  it('applies opt-in in the EEA, the UK and Switzerland, opt-out in US states with privacy laws', () => {
    expect(rule(REGION_DEFAULTS, 'DE', 'opt-out')).to.deep.equal({
      mode: 'opt-in',
      region: 'DE',
      regionRule: 'EEA',
    });
    expect(rule(REGION_DEFAULTS, 'NO', 'opt-out').regionRule).to.equal('EEA');
    expect(rule(REGION_DEFAULTS, 'GB', 'opt-out')).to.include({ mode: 'opt-in', regionRule: 'GB' });
    expect(rule(REGION_DEFAULTS, 'CH', 'opt-out')).to.include({ mode: 'opt-in', regionRule: 'CH' });
    for (const state of ['US-CA', 'US-CO', 'US-CT', 'US-TX', 'US-VA', 'US-OR'])
      expect(rule(REGION_DEFAULTS, state, 'opt-in')).to.deep.equal({
        mode: 'opt-out',
        region: state,
        regionRule: state,
      });
  });

  it("applies the site's own mode elsewhere, and in US states without such a law", () => {
    expect(rule(REGION_DEFAULTS, 'JP', 'opt-out')).to.deep.equal({ mode: 'opt-out', region: 'JP' });
    expect(rule(REGION_DEFAULTS, 'US-WY', 'opt-in')).to.deep.equal({ mode: 'opt-in', region: 'US-WY' });
  });

  it('takes the most precise entry: the subdivision, then its country, then the EEA', () => {
    const regions = { EEA: 'opt-in', FR: 'opt-out', 'FR-IDF': 'opt-in', US: 'opt-out' } as const;
    expect(rule(regions, 'FR-IDF', 'opt-in').regionRule).to.equal('FR-IDF');
    expect(rule(regions, 'FR-OCC', 'opt-in')).to.include({ mode: 'opt-out', regionRule: 'FR' });
    expect(rule(regions, 'DE-BY', 'opt-out')).to.include({ mode: 'opt-in', regionRule: 'EEA' });
    expect(rule(regions, 'US-NY', 'opt-in')).to.include({ mode: 'opt-out', regionRule: 'US' });
  });

  it('reads a hint written in lower case or with spaces as the same region', () => {
    expect(rule(REGION_DEFAULTS, ' us-ca ', 'opt-in')).to.include({ mode: 'opt-out', region: 'US-CA' });
  });

  it('applies the strictest mode configured when there is no hint', () => {
    expect(rule(REGION_DEFAULTS, undefined, 'opt-out')).to.deep.equal({ mode: 'opt-in' });
    // Only the site's own mode may be the strict one.
    expect(rule({ 'US-CA': 'opt-out' }, undefined, 'opt-in')).to.deep.equal({ mode: 'opt-in' });
    // Nothing configured asks first: opt-out stays.
    expect(rule({ 'US-CA': 'opt-out' }, undefined, 'opt-out')).to.deep.equal({ mode: 'opt-out' });
  });

  it('reads a malformed or unknown hint as no hint, never as a looser rule', () => {
    for (const hint of ['', ' ', 'XX', 'ZZ', 'T1', 'U', 'USA', 'US-', 'US-CALIF', 'US_CA', '<b>US</b>', 'US-CA;DE'])
      expect(rule(REGION_DEFAULTS, hint, 'opt-out'), String(hint)).to.deep.equal({ mode: 'opt-in' });
  });

  it("writes the EEA out as its countries for Google's Consent Mode", () => {
    const optIn = regionCodes(REGION_DEFAULTS, 'opt-in');
    expect(optIn).to.have.length(32);
    expect(optIn).to.include.members(['DE', 'IS', 'LI', 'NO', 'GB', 'CH']);
    expect(optIn).not.to.include('EEA');
    expect(regionCodes(REGION_DEFAULTS, 'opt-out')).to.include.members(['US-CA', 'US-CO']);
    expect(ruleInForce({ regions: true, region: 'US-CA' }).optInRegions).to.deep.equal(optIn);
  });
});

describe('rules by region: the consent store', () => {
  it("grants until the visitor objects in California, though the site's own mode is opt-in", () => {
    const consent = regional({ region: 'US-CA' });
    expect(consent.get()).to.include({ status: 'pending' });
    expect(consent.get().categories).to.deep.equal(everything);
    expect(consent.options.mode).to.equal('opt-out');
    expect(consent.options.rule).to.include({ region: 'US-CA', regionRule: 'US-CA' });
  });

  it('asks first in Germany, though the site elsewhere is opt-out', () => {
    const consent = regional({ region: 'DE', mode: 'opt-out' });
    expect(consent.get().categories).to.deep.equal(nothingOptional);
    expect(consent.options.mode).to.equal('opt-in');
    expect(consent.options.rule).to.include({ region: 'DE', regionRule: 'EEA' });
  });

  it('asks first when the server gave no hint, or a damaged one', () => {
    for (const region of [undefined, 'XX', 'US-CA"><script>']) {
      const consent = regional({ region, mode: 'opt-out' });
      expect(consent.get().categories, String(region)).to.deep.equal(nothingOptional);
      expect(consent.options.mode).to.equal('opt-in');
      expect(consent.options.rule!.region).to.equal(undefined);
      expect(consent.options.rule!.regionRule).to.equal(undefined);
    }
  });

  it("reads the hint from the assent_region cookie the site's server sets, the given hint first", () => {
    document.cookie = 'assent_region=US-CA; path=/';
    expect(ruleInForce({ regions: true })).to.include({ mode: 'opt-out', region: 'US-CA' });
    expect(ruleInForce({ regions: true, region: 'DE' })).to.include({ mode: 'opt-in', region: 'DE' });
    document.cookie = 'assent_region=%3Cscript%3E; path=/';
    expect(ruleInForce({ regions: true, mode: 'opt-out' }).mode).to.equal('opt-in');
  });

  it('keeps the given mode without a rule', () => {
    const consent = consentWith({ mode: 'opt-out' });
    expect(consent.options.mode).to.equal('opt-out');
    expect(consent.options.rule).to.equal(undefined);
  });

  it('honours Global Privacy Control as the opt-out of selling or sharing in a US state, whatever the site set', () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = regional({ region: 'US-CO' }, { respectGlobalPrivacyControl: false });
      expect(consent.options.respectGlobalPrivacyControl).to.equal(true);
      expect(consent.options.rule!.options).to.deep.equal({ mode: 'opt-out', respectGlobalPrivacyControl: true });
      expect(consent.get()).to.include({ status: 'decided', method: 'gpc', gpc: true });
      expect(consent.get().categories).to.deep.equal({ ...everything, marketing: false });
    });
  });

  it("keeps the site's own GPC setting where its opt-out is not a region's rule", () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = regional({ region: 'JP', mode: 'opt-out' }, { respectGlobalPrivacyControl: false });
      expect(consent.get()).to.include({ status: 'pending', gpc: false });
      expect(consent.get().categories).to.deep.equal(everything);
    });
  });

  it('asks a visitor in Germany whose only decision was recorded by their browser in California', () => {
    const cookieName = uniqueName();
    withNavigator({ globalPrivacyControl: true }, () => {
      const inCalifornia = regional({ region: 'US-CA' }, { cookieName });
      expect(inCalifornia.get().method).to.equal('gpc');
      inCalifornia.destroy();
      const inGermany = regional({ region: 'DE' }, { cookieName });
      expect(inGermany.get()).to.include({ status: 'pending', id: null });
      expect(inGermany.get().categories).to.deep.equal(nothingOptional);
      // Their own choice there holds wherever they go.
      inGermany.saveChoices({ analytics: true });
      inGermany.destroy();
      const backInCalifornia = regional({ region: 'US-CA' }, { cookieName });
      expect(backInCalifornia.get()).to.include({ status: 'decided', method: 'custom' });
      expect(backInCalifornia.get().categories).to.deep.equal({ ...nothingOptional, analytics: true });
    });
  });

  it('names the option and what is allowed for a wrong region code, mode or hint', () => {
    const errorOf = (options: unknown) => {
      try {
        ruleInForce(options as RegionOptions);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(errorOf({ regions: { California: 'opt-out' } })).to.equal(
      'assent: option "regions" must be true (the defaults) or { region: mode }, each region "DE", "US-CA" or "EEA", each mode "opt-in" or "opt-out", got {"California":"opt-out"}',
    );
    expect(errorOf({ regions: { 'us-ca': 'opt-out' } })).to.match(/option "regions" must be/);
    expect(errorOf({ regions: { 'US-CA': 'optout' } })).to.match(/option "regions" must be.*"optout"/);
    expect(errorOf({ regions: 'yes' })).to.match(/option "regions" must be.*got "yes"/);
    expect(errorOf({})).to.match(/option "regions" must be/);
    expect(errorOf({ regions: true, region: 49 })).to.match(
      /option "region" must be a region code like "DE" or "US-CA", got 49/,
    );
    expect(errorOf({ regions: true, mode: 'optout' })).to.match(/option "mode" must be "opt-in" or "opt-out"/);
    expect(errorOf({ regions: true, regionz: {} })).to.match(/option "regionz" must be one of the options/);
    expect(errorOf({ regions: true, region: 'XX', mode: 'opt-out' })).to.equal('no error');
  });

  it('tells createConsent that anything but a rule is not one', () => {
    expect(() => consentWith({ rule: 'opt-out' as never })).to.throw(
      'assent: option "rule" must be the rule from ruleInForce(), got "opt-out"',
    );
  });
});
