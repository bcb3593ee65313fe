import { LANGUAGE_TAG, WEB_URL, optionTable } from '@assent/core';
import type { ReceiptOptions } from './types.js';

/**
 * What a customer id may be: 1 to 128 letters, digits, `.`, `:`, `=`, `+`, `/`, `_` or `-` (a hashed id, never an
 * e-mail address).
 *
 * @example
 * SUBJECT.test('c0ffee42') // true
 */
export const SUBJECT = /^[\w.:=+/-]{1,128}$/;

/**
 * Every option of {@link ReceiptOptions}: its check, what it allows in words, and its default. `sendReceipts` throws
 * on a wrong one; the script tag reads `data-receipts` (and `assentConfig.receiptsSubject`) through the same rules.
 *
 * @example
 * RECEIPTS_OPTIONS.endpoint.check('javascript:alert(1)') // false
 */
export const RECEIPTS_OPTIONS = /* @__PURE__ */ optionTable<ReceiptOptions>(
  {},
  {
    // The receipt leaves with the page's cookies: never to a javascript: or data: URL.
    endpoint: WEB_URL,
    subject: {
      check: (value) => value === undefined || typeof value == 'function' || SUBJECT.test(value as string),
      allowed: 'a hashed customer id (1 to 128 of A-Z a-z 0-9 . : = + / _ -) or a function returning one',
    },
    language: LANGUAGE_TAG,
  },
);
