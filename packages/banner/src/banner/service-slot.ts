// Where the per-service switches plug into the banner: empty until `@assent/banner/services` is imported, so that
// a site whose visitors choose whole categories only never downloads them.
import type { serviceSwitches as View } from './service-switches.js';

/** The per-service switches, once `@assent/banner/services` has been imported. */
export let serviceSwitches: typeof View | undefined;

/**
 * Lets every banner show a switch per service (called by `@assent/banner/services` when imported).
 *
 * @example
 * showServiceSwitches(view);
 */
export const showServiceSwitches = (view: typeof View): void => {
  serviceSwitches = view;
};

/** What to fetch together with the preferences layer, if anything: see {@link fetchWithPreferences}. */
export let alongPreferences: (() => Promise<unknown>) | undefined;

/**
 * Fetches `part` (the per-service switches, say) only when the preferences are fetched, and opens them once both are
 * here: a visitor who answers on the first layer downloads neither.
 *
 * @example
 * fetchWithPreferences(() => import('@assent/banner/services'));
 */
export const fetchWithPreferences = (part: () => Promise<unknown>): void => {
  alongPreferences = part;
};
