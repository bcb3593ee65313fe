import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectGoogleAnalytics, type GoogleAnalyticsConnection } from '../connect/connect.js';
import type { Purchase } from './purchase.js';
import { cleanPage, commands, entries, freshConsent, standInUrl, until } from '../test/helpers.js';

const order: Purchase = {
  transaction_id: 'T-1001',
  value: 12.5,
  currency: 'EUR',
  shipping: 3,
  tax: 2,
  items: [{ item_id: 'SKU-1', item_name: 'Green tea', price: 4.75, quantity: 2 }, { item_name: 'Mug' }],
};

describe('trackPurchase', () => {
  let consent: Consent;
  let ga: GoogleAnalyticsConnection;

  beforeEach(() => {
    cleanPage();
    consent = freshConsent();
    ga = connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl: standInUrl() });
  });
  afterEach(() => {
    ga.disconnect();
    consent.destroy();
    cleanPage();
  });

  it('sends and queues nothing without analytics consent', () => {
    const before = entries().length;
    expect(ga.trackPurchase(order)).to.equal(false);
    expect(entries()).to.have.length(before);
    consent.update({ marketing: true, preferences: true });
    const after = entries().length;
    expect(ga.trackPurchase(order)).to.equal(false);
    expect(entries()).to.have.length(after);
    expect(commands('event')).to.deep.equal([]);
  });

  it('sends a GA4 purchase event with consent, only with the known fields', async () => {
    consent.update({ analytics: true });
    const withExtra = { ...order, email: 'someone@example.com', items: [{ ...order.items[0], customer: 'Ann' }] };
    expect(ga.trackPurchase(withExtra as Purchase)).to.equal(true);
    expect(commands('event', 'purchase')).to.deep.equal([
      [
        'event',
        'purchase',
        {
          transaction_id: 'T-1001',
          value: 12.5,
          currency: 'EUR',
          shipping: 3,
          tax: 2,
          items: [{ item_id: 'SKU-1', item_name: 'Green tea', price: 4.75, quantity: 2 }],
          send_to: 'G-ABC123',
        },
      ],
    ]);
    await until(() => window.gtagStandIn);
    expect(window.gtagStandIn!.commands.at(-1)).to.deep.equal(commands('event', 'purchase')[0]);
  });

  it('stops sending purchases once analytics is withdrawn', () => {
    consent.acceptAll();
    expect(ga.trackPurchase(order)).to.equal(true);
    consent.update({ analytics: false });
    expect(ga.trackPurchase({ ...order, transaction_id: 'T-1002' })).to.equal(false);
    expect(commands('event', 'purchase')).to.have.length(1);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    [
      'an empty transaction_id',
      { ...order, transaction_id: '' },
      /^assent: purchase "transaction_id" must be a non-empty string, got ""$/,
    ],
    ['a blank transaction_id', { ...order, transaction_id: '  ' }, /"transaction_id".*got "  "$/],
    [
      'a value without currency',
      { ...order, currency: undefined },
      /^assent: purchase "currency" must be an ISO 4217 code like "EUR", got undefined$/,
    ],
    [
      'a price without currency',
      { transaction_id: 'T-1', items: [{ item_id: 'SKU-1', price: 2 }] },
      /"currency".*got undefined$/,
    ],
    ['a lower-case currency', { ...order, currency: 'eur' }, /"currency".*got "eur"$/],
    ['no items', { ...order, items: [] }, /^assent: purchase "items" must be a non-empty list, got \[\]$/],
    ['missing items', { transaction_id: 'T-1' }, /"items".*got undefined$/],
    [
      'an item with neither id nor name',
      { ...order, items: [{ price: 3 }] },
      /^assent: purchase "items\[0\].item_name" must be set when item_id is not, got undefined$/,
    ],
    [
      'an item with empty id and name',
      { ...order, items: [{ item_id: '', item_name: '' }] },
      /"items\[0\].item_name".*got ""$/,
    ],
    ['a null item', { ...order, items: [null] }, /^assent: purchase "items/],
    [
      'a negative quantity',
      { ...order, items: [order.items[0], { item_id: 'SKU-2', quantity: -1 }] },
      /^assent: purchase "items\[1\].quantity" must be a number above 0, got -1$/,
    ],
    ['a quantity of 0', { ...order, items: [{ item_id: 'SKU-2', quantity: 0 }] }, /"items\[0\].quantity".*got 0$/],
    [
      'a value that is not a number',
      { ...order, value: '12' },
      /^assent: purchase "value" must be a number, got "12"$/,
    ],
    ['an infinite tax', { ...order, tax: -Infinity }, /"tax".*got -Infinity$/],
    ['no purchase at all', undefined, /"transaction_id".*got undefined$/],
    ['a price that is NaN', { ...order, items: [{ item_id: 'SKU-1', price: NaN }] }, /"items\[0\].price".*got NaN$/],
  ];
  for (const [what, purchase, message] of bad) {
    it(`throws on ${what}, with or without consent, and sends nothing`, () => {
      expect(() => ga.trackPurchase(purchase as Purchase)).to.throw(message);
      consent.update({ analytics: true });
      expect(() => ga.trackPurchase(purchase as Purchase)).to.throw(message);
      expect(commands('event')).to.deep.equal([]);
    });
  }

  it('accepts a purchase without money fields and without currency', () => {
    consent.update({ analytics: true });
    expect(ga.trackPurchase({ transaction_id: 'T-5', items: [{ item_id: 'SKU-1', quantity: 1 }] })).to.equal(true);
    expect(commands('event', 'purchase')[0][2]).to.deep.equal({
      transaction_id: 'T-5',
      items: [{ item_id: 'SKU-1', quantity: 1 }],
      send_to: 'G-ABC123',
    });
  });

  it('leaves the checks to development builds, and sends only the known fields in every build', () => {
    const env = (window as unknown as { process: { env: { NODE_ENV?: string } } }).process.env;
    env.NODE_ENV = 'production';
    try {
      consent.update({ analytics: true });
      const withExtra = {
        ...order,
        transaction_id: '',
        email: 'someone@example.com',
        items: [{ item_id: 'SKU-2', quantity: -1, name: 'A. Person' }],
      };
      expect(ga.trackPurchase(withExtra as unknown as Purchase)).to.equal(true);
      expect(commands('event', 'purchase')[0][2]).to.deep.equal({
        transaction_id: '',
        value: 12.5,
        currency: 'EUR',
        shipping: 3,
        tax: 2,
        items: [{ item_id: 'SKU-2', quantity: -1 }],
        send_to: 'G-ABC123',
      });
    } finally {
      env.NODE_ENV = 'development';
    }
  });
});
