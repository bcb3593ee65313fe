/**
 * Settles as `promise` does, or with `undefined` after `ms` milliseconds, whichever comes first: a file that hangs
 * (a stalled connection, a proxy that never answers) must not hold the page's consent controls forever.
 *
 * @example
 * const texts = await within(import('./i18n/de.js'), 1500); // undefined if it has not loaded by then
 */
export const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);
