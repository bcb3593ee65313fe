import { expect } from '@open-wc/testing';
import { MATOMO_OPTIONS } from '@assent/analytics-bridge';
import { RECEIPTS_OPTIONS } from '@assent/receipts';
import { checkOptions } from './check-given.js';

describe("checkOptions (an integration's file checking what the script tag handed it)", () => {
  let errors: string[];
  const { error } = console;
  beforeEach(() => {
    errors = [];
    console.error = (message: string) => errors.push(message);
  });
  afterEach(() => {
    console.error = error;
  });

  it("returns the options under their package's names when every rule allows them", () => {
    const options = checkOptions(
      RECEIPTS_OPTIONS,
      {
        endpoint: ['data-receipts', 'https://consent.shop.example/v1/receipts'],
        subject: ['assentConfig.receiptsSubject', 'c0ffee42'],
      },
      'receipts',
    );
    expect(options).to.deep.equal({ endpoint: 'https://consent.shop.example/v1/receipts', subject: 'c0ffee42' });
    expect(errors).to.deep.equal([]);
  });

  it('reports a required option that was not given, naming where it would come from', () => {
    const options = checkOptions(
      MATOMO_OPTIONS,
      { url: ['data-matomo', 'https://stats.shop.example/'], siteId: ['data-matomo-site', undefined] },
      'Matomo',
    );
    expect(options).to.equal(undefined);
    expect(errors).to.deep.equal(['assent: data-matomo-site must be a site id (digits), got undefined; Matomo is off']);
  });

  it('turns the integration off for a wrong value, naming where it came from, the value and what is allowed', () => {
    const options = checkOptions(
      RECEIPTS_OPTIONS,
      {
        endpoint: ['data-receipts', 'javascript:alert(1)'],
        subject: ['assentConfig.receiptsSubject', 'ann@example.com'],
      },
      'receipts',
    );
    expect(options).to.equal(undefined);
    expect(errors).to.deep.equal([
      'assent: data-receipts must be an http(s) or relative URL, got "javascript:alert(1)"; receipts is off',
      `assent: assentConfig.receiptsSubject must be ${RECEIPTS_OPTIONS.subject.allowed}, got "ann@example.com"; receipts is off`,
    ]);
  });
});
