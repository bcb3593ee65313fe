/**
 * One dataLayer entry as gtag.js reads it: an `arguments` object, or a plain object for Google Tag Manager.
 *
 * @example
 * const entry: DataLayerEntry = { event: 'assent_consent_update' };
 */
export type DataLayerEntry = IArguments | Record<string, unknown>;

import { siteGlobal } from '../tags/site-global.js';

declare global {
  interface Window {
    dataLayer?: DataLayerEntry[];
    gtag?: (...args: unknown[]) => void;
  }
}

/**
 * The page's dataLayer, made (an empty array) when the page has none or only an element of that name.
 *
 * @example
 * dataLayer().push({ event: 'assent_consent_update' });
 */
export const dataLayer = (): DataLayerEntry[] => (window.dataLayer = siteGlobal('dataLayer') || []);

/**
 * Wraps its arguments in an `arguments` object: gtag.js silently ignores dataLayer entries that are arrays.
 *
 * @example
 * window.dataLayer.push(command('consent', 'update', { analytics_storage: 'granted' }));
 */
export function command(..._: unknown[]): IArguments {
  return arguments;
}

/**
 * Google's `gtag()`: queues a command for gtag.js in the page's dataLayer.
 *
 * @example
 * gtag('event', 'purchase', { transaction_id: 'T1' });
 */
export function gtag(..._: unknown[]): void {
  dataLayer().push(arguments);
}

/**
 * Whether the dataLayer already holds a command, so that a second connection does not repeat it.
 *
 * @example
 * if (!queued('config', 'G-ABC123')) gtag('config', 'G-ABC123');
 */
export const queued = (...start: unknown[]): boolean =>
  dataLayer().some((entry) => start.every((part, index) => (entry as IArguments)[index] == part));
