import {
  ANALYTICS,
  MARKETING,
  removeCookies,
  throwOnWrongOption,
  warnOfMissingCategory,
  type Consent,
} from '@assent/core';
import { loadScript } from '../tags/load-script.js';
import { siteGlobal } from '../tags/site-global.js';
import { CLARITY_DEFAULTS, CLARITY_OPTIONS } from './clarity-options.js';
import { withDefaults, type TagConnection } from '../tags/with-defaults.js';

// Bundlers replace this; production builds drop the option checks.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Options of {@link connectClarity}.
 *
 * @example
 * connectClarity(consent, { projectId: 'abcde12345' })
 */
export interface ClarityOptions {
  /** The Clarity project id: letters and digits. */
  projectId: string;
  /** The category that lets Clarity record and keep its cookies. Default: the store's `meanings.analytics` (`analytics` unless the site says otherwise). */
  category?: string;
  /** The category behind Clarity's `ad_Storage` signal. Default: the store's `meanings.marketing` (`marketing` unless the site says otherwise). */
  adCategory?: string;
  /** Where Clarity's tag comes from; the project id is appended. Default `https://www.clarity.ms/tag/`. */
  scriptUrl?: string;
  /** The nonce of the page's scripts, for a strict Content-Security-Policy. */
  nonce?: string;
}

type Clarity = ((...args: unknown[]) => void) & { q?: unknown[] };

declare global {
  interface Window {
    clarity?: Clarity;
  }
}

/** Clarity's cookies on the site's domain: the visitor and the session. */
export const CLARITY_COOKIES = ['_clck', '_clsk'];

/**
 * Runs Microsoft Clarity through its consent API, following the store: the tag is not requested until `analytics`
 * (or `category`) is granted, `clarity('consentv2', { ad_Storage, analytics_Storage })` carries every change, and on
 * withdrawal Clarity's cookies are deleted on this host and every parent domain.
 *
 * @example
 * connectClarity(consent, { projectId: 'abcde12345' });
 */
export function connectClarity(consent: Consent, options: ClarityOptions): TagConnection {
  const all = withDefaults(options, {
    category: consent.options.meanings[ANALYTICS],
    adCategory: consent.options.meanings[MARKETING],
    scriptUrl: CLARITY_DEFAULTS.scriptUrl,
  });
  const { projectId, category, adCategory, scriptUrl, nonce } = all;
  if (process.env.NODE_ENV != 'production') {
    throwOnWrongOption('Clarity option', CLARITY_OPTIONS, options, all);
    // A category the site lacks is never granted: the vendor would never run.
    warnOfMissingCategory(consent.categories, 'Clarity option "category"', category);
    warnOfMissingCategory(consent.categories, 'Clarity option "adCategory"', adCategory);
  }
  // Clarity's own stub: calls wait in `q` until the tag arrives.
  const clarity: Clarity = (window.clarity =
    siteGlobal('clarity') ||
    function (...args: unknown[]) {
      (clarity.q ||= []).push(args);
    });
  const signal = (granted: boolean) => (granted ? 'granted' : 'denied');
  let sent = '';
  let recorded = false;

  return {
    disconnect: consent.$consent.subscribe(({ categories }) => {
      const analytics = categories[category] === true;
      const signals = { ad_Storage: signal(categories[adCategory] === true), analytics_Storage: signal(analytics) };
      // Only once the tag may run, and only what changed since.
      if ((analytics || recorded) && sent != (sent = JSON.stringify(signals))) window.clarity!('consentv2', signals);
      if (analytics) {
        recorded = true;
        loadScript(scriptUrl + projectId, nonce);
      } else {
        removeCookies(CLARITY_COOKIES);
      }
    }),
  };
}
