import { CATEGORY_NAME, FLAG, MEANINGS_RULE, WEB_URL, optionTable, type CategoryMeanings } from '@assent/core';
import { MODE_RULE, NONCE_RULE, WAIT_FOR_UPDATE_RULE } from '../consent-mode/option-rules.js';
import { GOOGLE_ANALYTICS_DEFAULTS } from './defaults.js';

/**
 * Options of {@link connectGoogleAnalytics}. In development builds every option is checked: a wrong or unknown one throws an Error naming it.
 *
 * @example
 * connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', mode: 'basic', advertising: false })
 */
export interface GoogleAnalyticsOptions {
  /** The GA4 (`G-…`) or Google Ads (`AW-…`) id. */
  measurementId: string;
  /** `basic` (default): gtag.js is not even requested until `analytics` is granted. `advanced`: it loads at once and sends Google's cookieless pings while consent is denied. */
  mode?: 'basic' | 'advanced';
  /** Let the `marketing` category grant `ad_storage`, `ad_user_data` and `ad_personalization` and keep Google signals on. Default `false`: they stay denied and off. */
  advertising?: boolean;
  /** Pass ad click ids through URLs while `ad_storage` is denied (`url_passthrough`). Default `false`. */
  urlPassthrough?: boolean;
  /** Milliseconds gtag.js waits for a consent update before its first hit (`wait_for_update`). Default 500. */
  waitForUpdate?: number;
  /** Where gtag.js is loaded from: an http(s) or relative URL; the `id` query parameter is added. Default Google's `https://www.googletagmanager.com/gtag/js`. */
  scriptUrl?: string;
  /** Push `{ event: 'assent_consent_update', … }` on each change, for Google Tag Manager triggers. Default `true`. */
  gtmEvents?: boolean;
  /** The page's Content-Security-Policy nonce, given to the gtag.js element so that `script-src 'nonce-…'` lets it load. Default: none. */
  nonce?: string;
  /** The site's category behind each meaning Consent Mode knows (`analytics_storage` follows `analytics`, the ad keys `marketing`, `functionality_storage` and `personalization_storage` `preferences`), e.g. `{ analytics: 'statistics' }`. Default: the store's `meanings`. */
  categories?: Partial<CategoryMeanings>;
  /**
   * The `id` of the site's Google Analytics service, where visitors choose services one by one (per-service
   * consent): when the site declares it, `analytics_storage`, GA's loading and its purchases follow that service
   * instead of the whole analytics category. Default `google-analytics`.
   *
   * @example
   * connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', service: 'ga4' })
   */
  service?: string;
}

/**
 * What a measurement id may be: a GA4 id (`G-` then capitals and digits) or a Google Ads id (`AW-` then digits).
 *
 * @example
 * MEASUREMENT_ID.test('G-ABC123') // true
 */
export const MEASUREMENT_ID = /^(G-[A-Z\d]+|AW-\d+)$/;

/**
 * Every option of {@link GoogleAnalyticsOptions}: its check, what it allows in words, and its default.
 * `connectGoogleAnalytics` throws on a wrong one in development builds; the script tag reports a wrong attribute
 * in every build.
 *
 * @example
 * GOOGLE_ANALYTICS_OPTIONS.measurementId.check('UA-1234-1') // false
 */
export const GOOGLE_ANALYTICS_OPTIONS = /* @__PURE__ */ optionTable<GoogleAnalyticsOptions>(GOOGLE_ANALYTICS_DEFAULTS, {
  measurementId: {
    check: (value) => typeof value == 'string' && MEASUREMENT_ID.test(value),
    allowed: 'a "G-…" or "AW-…" id',
  },
  mode: MODE_RULE,
  advertising: FLAG,
  urlPassthrough: FLAG,
  waitForUpdate: WAIT_FOR_UPDATE_RULE,
  scriptUrl: WEB_URL,
  gtmEvents: FLAG,
  nonce: NONCE_RULE,
  categories: MEANINGS_RULE,
  service: {
    check: (value) => typeof value == 'string' && CATEGORY_NAME.test(value),
    allowed: 'a service id',
  },
});
