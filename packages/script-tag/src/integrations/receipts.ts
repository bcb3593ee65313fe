// The entry of dist/integrations/receipts.js: every decision sent to the shop's collector as a receipt, loaded by
// assent.js only when data-receipts is given.
import type { Consent } from '@assent/core';
import { RECEIPTS_OPTIONS, sendReceipts } from '@assent/receipts';
import type { TagConnection } from '@assent/analytics-bridge';
import { checkOptions, type Given } from '../config/check-given.js';

/**
 * Sends the store's decisions as receipts to `data-receipts`, with `assentConfig.receiptsSubject`, both checked by
 * @assent/receipts' option table; a wrong one is reported and nothing is sent.
 *
 * @example
 * connect(consent, { endpoint: ['data-receipts', 'https://consent.shop.example/v1/receipts'] });
 */
export function connect(consent: Consent, given: Given): TagConnection | undefined {
  const options = checkOptions(RECEIPTS_OPTIONS, given, 'receipts');
  return options && { disconnect: sendReceipts(consent, options).stop };
}
