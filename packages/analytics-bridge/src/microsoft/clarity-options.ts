import { WEB_URL, optionTable } from '@assent/core';
import { NONCE_RULE } from '../consent-mode/option-rules.js';
import { CATEGORY } from '../tags/rules.js';
import type { ClarityOptions } from './clarity.js';

/**
 * The defaults of {@link ClarityOptions}.
 *
 * @example
 * CLARITY_DEFAULTS.scriptUrl // Clarity's tag, before the project id
 */
export const CLARITY_DEFAULTS = {
  scriptUrl: 'https://www.clarity.ms/tag/',
} as const;

/**
 * Every option of {@link ClarityOptions}: its check, what it allows in words, and its default.
 * `connectClarity` throws on a wrong one in development builds; the script tag's `integrations/clarity.js` reports
 * a wrong `data-clarity` in every build.
 *
 * @example
 * CLARITY_OPTIONS.projectId.check('a b') // false
 */
export const CLARITY_OPTIONS = /* @__PURE__ */ optionTable<ClarityOptions>(CLARITY_DEFAULTS, {
  projectId: {
    check: (value) => typeof value == 'string' && /^[a-z\d]{6,16}$/i.test(value),
    allowed: 'the Clarity project id (letters and digits)',
  },
  category: CATEGORY,
  adCategory: CATEGORY,
  scriptUrl: WEB_URL,
  nonce: NONCE_RULE,
});
