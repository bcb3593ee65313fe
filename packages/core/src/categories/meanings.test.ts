import { expect } from '@open-wc/testing';
import { ANALYTICS, DEFAULT_MEANINGS, MARKETING, PREFERENCES, createConsent } from '../index.js';
import type { Consent, ConsentOptions } from '../types.js';
import { captureConsole, clearAllCookies, uniqueName } from '../test/helpers.js';

const made: Consent[] = [];
function consentWith(options: Partial<ConsentOptions>): Consent {
  const consent = createConsent({ policyVersion: '2024-05', cookieName: uniqueName(), ...options });
  made.push(consent);
  return consent;
}

function withNavigator(props: Record<string, unknown>, run: () => void): void {
  for (const [key, value] of Object.entries(props))
    Object.defineProperty(navigator, key, { value, configurable: true });
  try {
    run();
  } finally {
    for (const key of Object.keys(props)) delete (navigator as unknown as Record<string, unknown>)[key];
  }
}

afterEach(() => {
  made.splice(0).forEach((c) => c.destroy());
  clearAllCookies();
});

describe('category meanings', () => {
  it('gives each category the meaning of its own name by default', () => {
    expect(DEFAULT_MEANINGS).to.deep.equal({ analytics: ANALYTICS, marketing: MARKETING, preferences: PREFERENCES });
    expect(consentWith({}).options.meanings).to.deep.equal(DEFAULT_MEANINGS);
  });

  it('honours GPC on the category the site says means marketing, whatever it is called', () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = consentWith({
        categories: ['statistics', 'ads'],
        meanings: { analytics: 'statistics', marketing: 'ads' },
      });
      consent.acceptAll();
      expect(consent.get().categories).to.deep.equal({ necessary: true, statistics: true, ads: false });
    });
  });

  it('honours Do Not Track on the categories meaning analytics and marketing', () => {
    withNavigator({ doNotTrack: '1' }, () => {
      const consent = consentWith({
        categories: ['statistics', 'comfort', 'ads'],
        meanings: { analytics: 'statistics', marketing: 'ads', preferences: 'comfort' },
        respectDoNotTrack: true,
      });
      consent.acceptAll();
      expect(consent.get().categories).to.deep.equal({ necessary: true, statistics: false, comfort: true, ads: false });
    });
  });

  it('lets GPC deny nothing on a site whose category named "statistics" was not given a meaning', () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = consentWith({ categories: ['statistics'] });
      consent.acceptAll();
      expect(consent.get().categories.statistics).to.equal(true);
    });
  });

  it('warns in development when a meaning names a category the site does not have', async () => {
    const warnings = await captureConsole('warn', () =>
      consentWith({ categories: ['analytics'], meanings: { analytics: 'statistics' } }),
    );
    expect(warnings.map(String)).to.deep.equal([
      'assent: option "meanings.analytics" names "statistics", which is not one of this site\'s categories (necessary, analytics): what follows it will never be granted',
    ]);
  });

  it("says nothing when every given meaning names one of the site's categories", async () => {
    const warnings = await captureConsole('warn', () =>
      consentWith({ categories: ['statistics'], meanings: { analytics: 'statistics' } }),
    );
    expect(warnings).to.deep.equal([]);
  });

  it('throws on a meaning Assent does not know or a name that is not an optional category', () => {
    expect(() => consentWith({ meanings: { sales: 'marketing' } as ConsentOptions['meanings'] })).to.throw(
      'assent: option "meanings" must be { analytics, marketing, preferences }',
    );
    expect(() => consentWith({ meanings: { analytics: 'necessary' } })).to.throw('option "meanings"');
  });
});
