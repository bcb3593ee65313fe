import { expect } from '@open-wc/testing';
import { createConsent } from '../index.js';
import type { ConsentOptions } from '../types.js';

function errorOf(options: unknown): string {
  try {
    createConsent(options as ConsentOptions).destroy();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('wrong options', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['unknown mode', { mode: 'optin' }, /"mode" must be "opt-in" or "opt-out", got "optin"/],
    ['expiry too long', { expiresDays: 401 }, /"expiresDays" must be a whole number of days from 1 to 400, got 401/],
    ['expiry of zero', { expiresDays: 0 }, /"expiresDays".*got 0/],
    [
      'cookie name with a space',
      { cookieName: 'my cookie' },
      /"cookieName" must be a cookie name without spaces.*got "my cookie"/,
    ],
    ['cookie name with a semicolon', { cookieName: 'a;b' }, /"cookieName"/],
    [
      'a category named twice',
      { categories: ['analytics', 'analytics'] },
      /"categories\[1\]" must be a category not already named, got "analytics"/,
    ],
    [
      'necessary made optional',
      { categories: ['necessary'] },
      /"categories\[0\]" must be an optional category: "necessary" is always granted/,
    ],
    [
      'a category name with capitals',
      { categories: ['Analytics'] },
      /"categories\[0\].name" must be a lower-case name/,
    ],
    [
      'a service without a name',
      { categories: [{ name: 'analytics', services: [{ cookies: ['_ga'] }] }] },
      /"categories\[0\].services\[0\].name"/,
    ],
    [
      'a description shaped like a template (not text)',
      { categories: [{ name: 'analytics', description: { _$litType$: 1, strings: ['<b>x</b>'], values: [] } }] },
      /"categories\[0\].description" must be a string, got \{"_\$litType\$":1/,
    ],
    [
      'a service description that is not text',
      { categories: [{ name: 'analytics', services: [{ name: 'GA', description: ['a', 'b'] }] }] },
      /"categories\[0\].services\[0\].description" must be a string, got \["a","b"\]/,
    ],
    [
      'a cookie pattern that is a number',
      { categories: [{ name: 'analytics', services: [{ name: 'GA', cookies: [5] }] }] },
      /"categories\[0\].services\[0\].cookies" must be an array of cookie names/,
    ],
    [
      'a domain of another site',
      { cookieDomain: 'example.com' },
      /"cookieDomain" must be this host \(www.shop.test\) or one of its parent domains, got "example.com"/,
    ],
    ['a misspelt option', { polcyVersion: '2' }, /"polcyVersion" must be one of the options policyVersion, categories/],
    [
      'GPC as a string',
      { respectGlobalPrivacyControl: 'no' },
      /"respectGlobalPrivacyControl" must be true or false, got "no"/,
    ],
  ];
  for (const [what, options, message] of cases) {
    it(`throws an error naming the option for ${what}`, () => {
      expect(errorOf({ policyVersion: '1', ...options })).to.match(message);
    });
  }

  it('requires a policy version', () => {
    expect(errorOf({})).to.match(/"policyVersion" must be 1 to 32 letters, digits/);
    expect(errorOf({ policyVersion: 'v 2' })).to.match(/"policyVersion".*got "v 2"/);
    expect(errorOf(undefined)).to.match(/"options" must be an object/);
  });

  it('accepts the parent domain and the host itself', () => {
    expect(errorOf({ policyVersion: '1', cookieDomain: 'shop.test', cookieName: 'd1' })).to.equal('no error');
    expect(errorOf({ policyVersion: '1', cookieDomain: '.www.shop.test', cookieName: 'd2' })).to.equal('no error');
  });
});
