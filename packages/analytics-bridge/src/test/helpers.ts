import { createConsent, type Consent } from '@assent/core';

/**
 * What src/test/gtag-stand-in.js records.
 *
 * @example
 * window.gtagStandIn?.loads // ['G-ABC123']
 */
export interface StandIn {
  loads: Array<string | null>;
  commands: unknown[];
}

declare global {
  interface Window {
    gtagStandIn?: StandIn;
  }
}

let run = 0;
// The test page loads many modules: a full resource timing buffer would hide this test's requests.
performance.setResourceTimingBufferSize(2000);

/**
 * A stand-in URL no earlier test used, so that resource timing entries and script elements are this test's own.
 *
 * @example
 * connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl: standInUrl() })
 */
export function standInUrl(): string {
  run += 1;
  return `/packages/analytics-bridge/src/test/gtag-stand-in.js?run=${Date.now()}-${run}`;
}

/**
 * A consent store with its own cookie.
 *
 * @example
 * const consent = freshConsent({ mode: 'opt-out' });
 */
export function freshConsent(options: Partial<Parameters<typeof createConsent>[0]> = {}): Consent {
  run += 1;
  return createConsent({ policyVersion: '1', cookieName: `assent_ga_test_${run}`, ...options });
}

/**
 * The dataLayer as plain arrays (for `arguments` entries) and objects.
 *
 * @example
 * entries()[0] // ['consent', 'default', { … }]
 */
export function entries(): unknown[] {
  return (window.dataLayer ?? []).map((entry) =>
    Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as IArguments) : entry,
  );
}

/**
 * The dataLayer entries that are a given gtag command.
 *
 * @example
 * commands('consent', 'update').length // 1
 */
export function commands(...prefix: unknown[]): unknown[][] {
  return entries().filter(
    (entry): entry is unknown[] => Array.isArray(entry) && prefix.every((part, index) => entry[index] === part),
  );
}

/**
 * Requests this page made for a URL containing `fragment`.
 *
 * @example
 * requestsFor('/gtag-stand-in.js').length // 0 before consent
 */
export function requestsFor(fragment: string): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
    entry.name.includes(fragment),
  );
}

/**
 * Resolves once `check` returns something truthy; rejects after `timeout` ms.
 *
 * @example
 * await until(() => window.gtagStandIn);
 */
export async function until<T>(check: () => T, timeout = 7000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const result = check();
    if (result) return result;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${check}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Waits `ms` milliseconds, to show that something does not happen.
 *
 * @example
 * await pause(300);
 */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const gaCookieNames = ['_ga', '_ga_ABC123', '_gid', '_gat', '_gat_gtag_G_ABC123'];

/**
 * Sets GA's cookies both host-only and on the parent domain .shop.test, as gtag.js may.
 *
 * @example
 * setGaCookies(); cookieValues('_ga') // ['host', 'parent']
 */
export function setGaCookies(): void {
  for (const name of gaCookieNames) {
    document.cookie = `${name}=host; path=/`;
    document.cookie = `${name}=parent; path=/; domain=.shop.test`;
  }
}

/**
 * Every value of the cookie `name` the page can see (one per domain it is set on).
 *
 * @example
 * cookieValues('_gid') // [] after withdrawal
 */
export function cookieValues(name: string): string[] {
  return document.cookie
    .split('; ')
    .filter((pair) => pair.split('=')[0] === name)
    .map((pair) => pair.slice(name.length + 1));
}

/**
 * Forgets everything a test left: the dataLayer, gtag, the stand-in's records, resource timings, flags and cookies.
 *
 * @example
 * afterEach(cleanPage);
 */
export function cleanPage(): void {
  performance.clearResourceTimings();
  delete window.dataLayer;
  delete window.gtag;
  delete window.gtagStandIn;
  for (const key of Object.keys(window)) if (key.startsWith('ga-disable-')) delete (window as any)[key];
  for (const pair of document.cookie.split('; ')) {
    const name = pair.split('=')[0];
    if (!name) continue;
    document.cookie = `${name}=; path=/; max-age=0`;
    document.cookie = `${name}=; path=/; max-age=0; domain=.shop.test`;
  }
}
