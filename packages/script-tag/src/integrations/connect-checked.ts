import type { Consent, OptionTable } from '@assent/core';
import type { TagConnection } from '@assent/analytics-bridge';
import { checkOptions, type Given } from '../config/check-given.js';

/**
 * The `connect` of a vendor's integration file: checks what the script tag handed over with the vendor's option
 * table (a wrong or missing value is reported, and nothing is connected), then connects the vendor with assent.js's
 * nonce, for its script under a strict Content-Security-Policy.
 *
 * @example
 * export const connect = connectChecked(META_PIXEL_OPTIONS, 'the Meta pixel', connectMetaPixel);
 */
export function connectChecked<Options extends { nonce?: string }>(
  table: OptionTable<Options>,
  name: string,
  connectTo: (consent: Consent, options: Options) => TagConnection,
) {
  return (consent: Consent, given: Given, nonce?: string): TagConnection | undefined => {
    const options = checkOptions(table, given, name);
    return options && connectTo(consent, { ...options, nonce: nonce || undefined });
  };
}
