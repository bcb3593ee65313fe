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
