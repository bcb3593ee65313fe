import { validate, type Rule } from '../errors/fail.js';

/**
 * One line of a purchase. It needs an `item_id` or an `item_name`.
 *
 * @example
 * { item_id: 'SKU-1', item_name: 'Tea', price: 4.5, quantity: 2 }
 */
export interface PurchaseItem {
  item_id?: string;
  item_name?: string;
  price?: number;
  quantity?: number;
}

/**
 * A completed order, sent as GA4's `purchase` event. Only these fields are sent: the policy promises aggregate data.
 *
 * @example
 * { transaction_id: 'T-1001', value: 9, currency: 'EUR', shipping: 0, tax: 1.5, items: [{ item_id: 'SKU-1', quantity: 2 }] }
 */
export interface Purchase {
  /** Unique per order: GA4 merges purchases that share one. */
  transaction_id: string;
  value?: number;
  /** ISO 4217 code, required with `value`, `shipping`, `tax` or a `price`. */
  currency?: string;
  shipping?: number;
  tax?: number;
  items: ReadonlyArray<PurchaseItem>;
}

// Absent, or a finite number (NaN and Infinity fail). See validate() for how the patterns read.
const amount: Rule = [/^(undefined|number:-?\d)/, 'a number'];
const rules: Record<string, Rule> = {
  transaction_id: [/^string:.*\S/, 'a non-empty string'],
  value: amount,
  shipping: amount,
  tax: amount,
  // An array shows its items: an empty one shows nothing.
  items: [/^object:./, 'a non-empty list'],
};
const itemRules: Record<string, Rule> = {
  // Checked on `item_id || item_name`.
  item_name: [/^string:./, 'set when item_id is not'],
  price: amount,
  // Above 0: not negative, not 0, not NaN.
  quantity: [/^(undefined|number:(?!0$)[\d.])/, 'a number above 0'],
};

/**
 * Checks a purchase and throws an Error naming the first bad field and what is allowed. The bridge runs it in
 * development builds, like its option checks; the script tag runs it in every build, because shops have no
 * development build.
 *
 * @example
 * checkPurchase({ transaction_id: '', items: [] }) // Error: assent: purchase "transaction_id" must be a non-empty string, got ""
 */
export function checkPurchase(purchase: Purchase): void {
  validate('purchase "', { ...purchase }, rules);
  let priced = purchase.value ?? purchase.shipping ?? purchase.tax;
  purchase.items.map((item, index) => {
    validate(`purchase "items[${index}].`, { ...item, item_name: item?.item_id || item?.item_name }, itemRules);
    priced ??= item.price;
  });
  // GA4 cannot add up a value without its currency.
  if (priced != null || purchase.currency) {
    validate('purchase "', purchase, { currency: [/^string:[A-Z]{3}$/, 'an ISO 4217 code like "EUR"'] });
  }
}

/**
 * A copy of the purchase with only the fields GA4's purchase event knows, in every build, so that nothing
 * personal (an e-mail address, a name) slips into the event: the policies promise aggregate data.
 *
 * @example
 * purchaseFields({ transaction_id: 'T-1', email: 'a@b.example', items: [] }) // { transaction_id: 'T-1', items: [] }
 */
export function purchaseFields(purchase: Purchase): Purchase {
  // A replacer list keeps these names at every depth and drops what is undefined.
  return JSON.parse(
    JSON.stringify(purchase, [
      'transaction_id',
      'value',
      'currency',
      'shipping',
      'tax',
      'items',
      'item_id',
      'item_name',
      'price',
      'quantity',
    ]),
  );
}
