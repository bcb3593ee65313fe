/**
 * One dataLayer entry as gtag.js reads it: an `arguments` object, or a plain object for Google Tag Manager.
 *
 * @example
 * const entry: DataLayerEntry = { event: 'assent_consent_update' };
 */
export type DataLayerEntry = IArguments | Record<string, unknown>;

declare global {
  interface Window {
    dataLayer?: DataLayerEntry[];
    gtag?: (...args: unknown[]) => void;
  }
}

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
  (window.dataLayer ||= []).push(arguments);
}

/**
 * Whether the dataLayer already holds a command, so that a second connection does not repeat it.
 *
 * @example
 * if (!queued('config', 'G-ABC123')) gtag('config', 'G-ABC123');
 */
export const queued = (...start: unknown[]): boolean =>
  window.dataLayer!.some((entry) => start.every((part, index) => (entry as IArguments)[index] == part));
