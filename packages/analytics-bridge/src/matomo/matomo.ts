import { ANALYTICS, removeCookies, throwOnWrongOption, warnOfMissingCategory, type Consent } from '@assent/core';
import { followCategory } from '../tags/follow-category.js';
import { loadScript } from '../tags/load-script.js';
import { siteGlobal } from '../tags/site-global.js';
import { MATOMO_OPTIONS } from './options.js';
import { withDefaults, type TagConnection } from '../tags/with-defaults.js';

// Bundlers replace this; production builds drop the option checks.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Options of {@link connectMatomo}.
 *
 * @example
 * connectMatomo(consent, { url: 'https://stats.shop.example/', siteId: '3' })
 */
export interface MatomoOptions {
  /** The Matomo server, ending in `/`: `matomo.php` and `matomo.js` are found there. http(s) or relative. */
  url: string;
  /** The site's id in Matomo. */
  siteId: string;
  /** The category that lets Matomo track and keep its cookies. Default: the store's `meanings.analytics` (`analytics` unless the site says otherwise). */
  category?: string;
  /** The nonce of the page's scripts, for a strict Content-Security-Policy. */
  nonce?: string;
}

declare global {
  interface Window {
    _paq?: { push(...commands: unknown[][]): unknown };
  }
}

/** Matomo's tracking cookies (`_pk_id.<site>.<hash>`, `_pk_ses…`, `_pk_ref…`, …). */
export const MATOMO_COOKIES = [/^_pk_/];

/**
 * Runs Matomo through its consent API, following the store: `requireConsent` is queued before anything is tracked,
 * `matomo.js` is not requested until `analytics` (or `category`) is granted, then `setConsentGiven`; on withdrawal
 * `forgetConsentGiven`, and Matomo's cookies are deleted on this host and every parent domain.
 *
 * @example
 * connectMatomo(consent, { url: 'https://stats.shop.example/', siteId: '3' });
 * window._paq!.push(['trackGoal', 1]);   // tracked only with consent
 */
export function connectMatomo(consent: Consent, options: MatomoOptions): TagConnection {
  const all = withDefaults(options, { category: consent.options.meanings[ANALYTICS] });
  const { url, siteId, category, nonce } = all;
  if (process.env.NODE_ENV != 'production') {
    throwOnWrongOption('Matomo option', MATOMO_OPTIONS, options, all);
    // A category the site lacks is never granted: Matomo would never track.
    warnOfMissingCategory(consent.categories, 'Matomo option "category"', category);
  }
  const queue = (window._paq = siteGlobal('_paq') || []);
  const setup = [
    ['requireConsent'],
    ['setTrackerUrl', `${url}matomo.php`],
    ['setSiteId', String(siteId)],
    ['trackPageView'],
    ['enableLinkTracking'],
  ];
  // requireConsent goes before anything the site queued, as long as matomo.js has not taken the queue over.
  if (Array.isArray(queue)) queue.unshift(...setup);
  else setup.map((command) => queue.push(command));

  return {
    disconnect: followCategory(consent, category, (granted, before) => {
      if (granted) {
        window._paq!.push(['setConsentGiven']);
        loadScript(`${url}matomo.js`, nonce);
      } else {
        if (before) window._paq!.push(['forgetConsentGiven']);
        removeCookies(MATOMO_COOKIES);
      }
    }),
  };
}
