/**
 * Consent Mode v2 signals by key.
 *
 * @example
 * const update: Signals = { analytics_storage: 'granted' };
 */
export type Signals = Record<string, 'granted' | 'denied'>;

// Which category grants each key.
const keys: Record<string, string> = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'analytics',
  functionality_storage: 'preferences',
  personalization_storage: 'preferences',
};

/**
 * Follows the signals sent so far. Each call takes the store's categories and returns the keys whose signal
 * changed (a consent update carries only these), or nothing; the first call, with `{}`, returns every key
 * denied: the default. With `advertising` false the three ad keys stay denied whatever the visitor chose.
 *
 * @example
 * const next = signalTracker(false);
 * next({}) // { ad_storage: 'denied', …, analytics_storage: 'denied', … }
 * next({ analytics: true, marketing: true }) // { analytics_storage: 'granted' }
 */
export function signalTracker(
  advertising: boolean,
): (categories: Readonly<Record<string, boolean>>) => Signals | undefined {
  const sent: Signals = {};
  return (categories) => {
    let changed: Signals | undefined;
    for (const key in keys) {
      const signal = categories[keys[key]] && (advertising || keys[key] != 'marketing') ? 'granted' : 'denied';
      if (sent[key] != signal) (changed ||= {})[key] = sent[key] = signal;
    }
    return changed;
  };
}
