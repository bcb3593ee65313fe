import { FLAG, WEB_URL, optionTable } from '@assent/core';
import { MODE_RULE, NONCE_RULE, WAIT_FOR_UPDATE_RULE } from '../consent-mode/option-rules.js';
import type { TagManagerOptions } from './tag-manager.js';

/**
 * What a container id may be: `GTM-` then capitals and digits.
 *
 * @example
 * CONTAINER_ID.test('GTM-ABC1234') // true
 */
export const CONTAINER_ID = /^GTM-[A-Z\d]+$/;

/**
 * The defaults of {@link TagManagerOptions}.
 *
 * @example
 * TAG_MANAGER_DEFAULTS.mode // 'basic'
 */
export const TAG_MANAGER_DEFAULTS = {
  mode: 'basic',
  advertising: false,
  waitForUpdate: 500,
  urlPassthrough: false,
  scriptUrl: 'https://www.googletagmanager.com/gtm.js',
} as const;

/**
 * Every option of {@link TagManagerOptions}: its check, what it allows in words, and its default.
 * `connectTagManager` throws on a wrong one in development builds; the script tag reports a wrong `data-gtm` in
 * every build.
 *
 * @example
 * TAG_MANAGER_OPTIONS.containerId.check('G-ABC123') // false
 */
export const TAG_MANAGER_OPTIONS = /* @__PURE__ */ optionTable<TagManagerOptions>(TAG_MANAGER_DEFAULTS, {
  containerId: {
    check: (value) => typeof value == 'string' && CONTAINER_ID.test(value),
    allowed: 'a "GTM-…" container id',
  },
  mode: MODE_RULE,
  advertising: FLAG,
  waitForUpdate: WAIT_FOR_UPDATE_RULE,
  urlPassthrough: FLAG,
  scriptUrl: WEB_URL,
  nonce: NONCE_RULE,
});
