import { ANALYTICS, MARKETING, PREFERENCES, type CategoryMeanings, type Meaning } from '@assent/core';

/**
 * Consent Mode v2 signals by key.
 *
 * @example
 * const update: Signals = { analytics_storage: 'granted' };
 */
export type Signals = Record<string, 'granted' | 'denied'>;

// What a category must mean to grant each key; which category that is, the site says (see categoriesFor).
const keys: Record<string, Meaning> = {
  ad_storage: MARKETING,
  ad_user_data: MARKETING,
  ad_personalization: MARKETING,
  analytics_storage: ANALYTICS,
  functionality_storage: PREFERENCES,
  personalization_storage: PREFERENCES,
};

/**
 * Follows the signals sent so far. Each call takes the store's categories and returns the keys whose signal
 * changed (a consent update carries only these), or nothing; the first call, with `{}`, returns every key
 * denied: the default. With `advertising` false the three ad keys stay denied whatever the visitor chose.
 * `categories` names the site's category behind each meaning.
 *
 * @example
 * const next = signalTracker(false, DEFAULT_MEANINGS);
 * next({}) // { ad_storage: 'denied', …, analytics_storage: 'denied', … }
 * next({ analytics: true, marketing: true }) // { analytics_storage: 'granted' }
 */
export function signalTracker(
  advertising: boolean,
  categories: CategoryMeanings,
): (granted: Readonly<Record<string, boolean>>) => Signals | undefined {
  const sent: Signals = {};
  return (granted) => {
    let changed: Signals | undefined;
    for (const key in keys) {
      const meaning = keys[key]!;
      const allowedHere = advertising || meaning != MARKETING;
      const signal = granted[categories[meaning]] && allowedHere ? 'granted' : 'denied';
      if (sent[key] != signal) (changed ||= {})[key] = sent[key] = signal;
    }
    return changed;
  };
}
