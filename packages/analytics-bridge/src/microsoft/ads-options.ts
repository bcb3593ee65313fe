import { WEB_URL, optionTable } from '@assent/core';
import { NONCE_RULE } from '../consent-mode/option-rules.js';
import { CATEGORY } from '../tags/rules.js';
import type { MicrosoftAdsOptions } from './microsoft-ads.js';

/**
 * The defaults of {@link MicrosoftAdsOptions}.
 *
 * @example
 * MICROSOFT_ADS_DEFAULTS.scriptUrl // Microsoft's bat.js
 */
export const MICROSOFT_ADS_DEFAULTS = {
  scriptUrl: 'https://bat.bing.com/bat.js',
} as const;

/**
 * Every option of {@link MicrosoftAdsOptions}: its check, what it allows in words, and its default.
 * `connectMicrosoftAds` throws on a wrong one in development builds; the script tag's `integrations/uet.js` reports
 * a wrong `data-uet` in every build.
 *
 * @example
 * MICROSOFT_ADS_OPTIONS.tagId.check('UET-1') // false
 */
export const MICROSOFT_ADS_OPTIONS = /* @__PURE__ */ optionTable<MicrosoftAdsOptions>(MICROSOFT_ADS_DEFAULTS, {
  tagId: {
    check: (value) => typeof value == 'string' && /^\d{4,12}$/.test(value),
    allowed: 'the UET tag id (digits)',
  },
  category: CATEGORY,
  scriptUrl: WEB_URL,
  nonce: NONCE_RULE,
});
