import { MARKETING, removeCookies, throwOnWrongOption, warnOfMissingCategory, type Consent } from '@assent/core';
import { followCategory } from '../tags/follow-category.js';
import { loadScript } from '../tags/load-script.js';
import { siteGlobal } from '../tags/site-global.js';
import { MICROSOFT_ADS_DEFAULTS, MICROSOFT_ADS_OPTIONS } from './ads-options.js';
import { withDefaults, type TagConnection } from '../tags/with-defaults.js';

// Bundlers replace this; production builds drop the option checks.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Options of {@link connectMicrosoftAds}.
 *
 * @example
 * connectMicrosoftAds(consent, { tagId: '12345678' })
 */
export interface MicrosoftAdsOptions {
  /** The UET tag id: digits only. */
  tagId: string;
  /** The category that lets UET store and send. Default: the store's `meanings.marketing` (`marketing` unless the site says otherwise). */
  category?: string;
  /** Where `bat.js` comes from. Default Microsoft's `https://bat.bing.com/bat.js`. */
  scriptUrl?: string;
  /** The nonce of the page's scripts, for a strict Content-Security-Policy. */
  nonce?: string;
}

/** UET's queue until bat.js replaces it with its tracker (which has a `push` too). */
type Uetq = { push(...args: unknown[]): unknown };

declare global {
  interface Window {
    uetq?: Uetq;
    UET?: new (options: { ti: string; q: Uetq; enableAutoSpaTracking?: boolean }) => Uetq;
  }
}

/** UET's cookies on the site's domain: session, visitor and click id. */
export const UET_COOKIES = [/^_uet(sid|vid|msclkid)(_|$)/];

/**
 * Runs Microsoft Advertising's UET tag through its consent mode, following the store:
 * `uetq.push('consent', 'default', { ad_storage: 'denied' })` is queued first, `bat.js` is not requested until
 * `marketing` (or `category`) is granted, every change is pushed as `'consent', 'update'`, and on withdrawal UET's
 * cookies are deleted on this host and every parent domain.
 *
 * @example
 * connectMicrosoftAds(consent, { tagId: '12345678' });
 * window.uetq!.push('event', 'purchase', { revenue_value: 12.5, currency: 'EUR' });   // queued until consent
 */
export function connectMicrosoftAds(consent: Consent, options: MicrosoftAdsOptions): TagConnection {
  const all = withDefaults(options, { ...MICROSOFT_ADS_DEFAULTS, category: consent.options.meanings[MARKETING] });
  const { tagId, category, scriptUrl, nonce } = all;
  if (process.env.NODE_ENV != 'production') {
    throwOnWrongOption('Microsoft UET option', MICROSOFT_ADS_OPTIONS, options, all);
    // A category the site lacks is never granted: the vendor would never run.
    warnOfMissingCategory(consent.categories, 'Microsoft UET option "category"', category);
  }
  const queue = (window.uetq = siteGlobal('uetq') || ([] as unknown as Uetq));
  const storage = (granted: boolean) => ({ ad_storage: granted ? 'granted' : 'denied' });
  // The default goes before anything the site queued, as long as bat.js has not taken the queue over.
  if (Array.isArray(queue)) queue.unshift('consent', 'default', storage(false));
  else queue.push('consent', 'default', storage(false));

  return {
    disconnect: followCategory(consent, category, (granted, before) => {
      if (granted || before) window.uetq!.push('consent', 'update', storage(granted));
      if (granted) {
        // Microsoft's snippet: once bat.js is here, its tracker takes the queue over and records the page load.
        loadScript(scriptUrl, nonce, () => {
          if (!window.UET || !Array.isArray(window.uetq)) return;
          window.uetq = new window.UET({ ti: tagId, q: window.uetq, enableAutoSpaTracking: true });
          window.uetq.push('pageLoad');
        });
      } else {
        removeCookies(UET_COOKIES);
      }
    }),
  };
}
