import { MARKETING, removeCookies, throwOnWrongOption, warnOfMissingCategory, type Consent } from '@assent/core';
import { followCategory } from '../tags/follow-category.js';
import { loadScript } from '../tags/load-script.js';
import { siteGlobal } from '../tags/site-global.js';
import { META_PIXEL_DEFAULTS, META_PIXEL_OPTIONS } from './options.js';
import { withDefaults, type TagConnection } from '../tags/with-defaults.js';

// Bundlers replace this; production builds drop the option checks.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Options of {@link connectMetaPixel}.
 *
 * @example
 * connectMetaPixel(consent, { pixelId: '1234567890', category: 'marketing' })
 */
export interface MetaPixelOptions {
  /** The pixel's id: digits only. */
  pixelId: string;
  /** The category that lets the pixel run. Default: the store's `meanings.marketing` (`marketing` unless the site says otherwise). */
  category?: string;
  /** Where `fbevents.js` comes from. Default Meta's `https://connect.facebook.net/en_US/fbevents.js`. */
  scriptUrl?: string;
  /** The nonce of the page's scripts, for a strict Content-Security-Policy. */
  nonce?: string;
}

type Fbq = ((...args: unknown[]) => void) & { queue: unknown[]; callMethod?: (...args: unknown[]) => void };

declare global {
  interface Window {
    fbq?: Fbq;
    _fbq?: Fbq;
  }
}

// Meta's own stub: calls wait in `queue` until fbevents.js arrives, sets `callMethod` and replays them in order.
function createFbq(): Fbq {
  const fbq = function (...args: unknown[]) {
    fbq.callMethod ? fbq.callMethod(...args) : fbq.queue.push(args);
  } as Fbq;
  return Object.assign(fbq, { push: fbq, loaded: true, version: '2.0', queue: [] });
}

/** The cookies the pixel sets on the site's domain: the browser id and the click id. */
export const META_COOKIES = ['_fbp', '_fbc'];

/**
 * Runs Meta's pixel through its consent API, following the store: `fbq('consent', 'revoke')` comes before
 * `init`, `fbevents.js` is not even requested until `marketing` (or `category`) is granted, then
 * `fbq('consent', 'grant')`; on withdrawal `fbq('consent', 'revoke')` and `_fbp`/`_fbc` are deleted on this host
 * and every parent domain. Events the site sends with `fbq('track', …)` wait in the queue until then.
 *
 * @example
 * const pixel = connectMetaPixel(consent, { pixelId: '1234567890' });
 * window.fbq!('track', 'Purchase', { value: 12.5, currency: 'EUR' });   // sent only once marketing is granted
 */
export function connectMetaPixel(consent: Consent, options: MetaPixelOptions): TagConnection {
  const all = withDefaults(options, { ...META_PIXEL_DEFAULTS, category: consent.options.meanings[MARKETING] });
  const { pixelId, category, scriptUrl, nonce } = all;
  if (process.env.NODE_ENV != 'production') {
    throwOnWrongOption('Meta pixel option', META_PIXEL_OPTIONS, options, all);
    // A category the site lacks is never granted: the vendor would never run.
    warnOfMissingCategory(consent.categories, 'Meta pixel option "category"', category);
  }
  const fbq = (window.fbq = siteGlobal('fbq') || createFbq());
  window._fbq = siteGlobal('_fbq') || fbq;
  fbq('consent', 'revoke');
  fbq('init', pixelId);
  fbq('track', 'PageView');

  return {
    disconnect: followCategory(consent, category, (granted, before) => {
      if (granted) {
        fbq('consent', 'grant');
        loadScript(scriptUrl, nonce);
      } else {
        if (before) fbq('consent', 'revoke');
        // Also cookies left from an earlier visit, when the pixel starts without consent.
        removeCookies(META_COOKIES);
      }
    }),
  };
}
