import { WEB_URL } from '@assent/core';
import type { Rule } from '../errors/fail.js';

/**
 * Where a vendor's script may come from: core's rule for every URL an option gives, http(s) or relative, never
 * `javascript:` or `data:`.
 *
 * @example
 * validate('Meta pixel option "', options, { scriptUrl: SCRIPT_URL });
 */
export const SCRIPT_URL: Rule = [WEB_URL.check, WEB_URL.allowed];

/**
 * The consent category a vendor follows: a name as core allows it (`necessary` never, it is always granted).
 *
 * @example
 * validate('Clarity option "', { category: 'stats' }, { category: CATEGORY });
 */
export const CATEGORY: Rule = [/^string:(?!necessary$)[a-z][a-z0-9_-]{0,31}$/, 'an optional category name'];

/**
 * A nonce for the vendor's script, or none.
 *
 * @example
 * validate('Tag Manager option "', { nonce: script.nonce }, { nonce: NONCE });
 */
export const NONCE: Rule = [/^(undefined:|string:[\w+/=-]*$)/, 'a nonce (base64 characters)'];
