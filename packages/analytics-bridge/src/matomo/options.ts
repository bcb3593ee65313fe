import { optionTable } from '@assent/core';
import { NONCE_RULE } from '../consent-mode/option-rules.js';
import { CATEGORY } from '../tags/rules.js';
import type { MatomoOptions } from './matomo.js';

/**
 * Every option of {@link MatomoOptions}: its check, what it allows in words, and its default.
 * `connectMatomo` throws on a wrong one in development builds; the script tag's `integrations/matomo.js` reports a
 * wrong `data-matomo` or `data-matomo-site` in every build.
 *
 * @example
 * MATOMO_OPTIONS.url.check('https://stats.shop.example') // false: it must end in "/"
 */
export const MATOMO_OPTIONS = /* @__PURE__ */ optionTable<MatomoOptions>(
  {},
  {
    url: {
      check: (value) => typeof value == 'string' && /^(https?:\/\/|[/.]).*\/$/i.test(value),
      allowed: 'an http(s) or relative URL ending in "/"',
    },
    siteId: {
      check: (value) => (typeof value == 'string' || typeof value == 'number') && /^\d+$/.test(String(value)),
      allowed: 'a site id (digits)',
    },
    category: CATEGORY,
    nonce: NONCE_RULE,
  },
);
