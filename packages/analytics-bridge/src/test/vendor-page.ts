import { cleanPage } from './helpers.js';

// The stand-ins set cookies and send hits through these two helpers (see test/vendor-cookies.js).
await import('./vendor-cookies.js' as string);

let run = 0;

/**
 * The URL of a vendor stand-in in test/, unique to this test so that its requests and script element are its own.
 *
 * @example
 * connectMetaPixel(consent, { pixelId: '1234567890', scriptUrl: standIn('fbevents') });
 */
export function standIn(name: string, query = ''): string {
  run += 1;
  return `/packages/analytics-bridge/src/test/${name}-stand-in.js?run=${Date.now()}-${run}${query && `&${query}`}`;
}

/**
 * Requests a stand-in sent as a vendor's hit (`/test/hits/<vendor>`).
 *
 * @example
 * hitRequests('meta').length // 0 before consent
 */
export function hitRequests(vendor: string): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
    entry.name.includes(`/test/hits/${vendor}?`),
  );
}

/**
 * Whether the page has a script element for a URL containing `fragment`.
 *
 * @example
 * hasScript('fbevents-stand-in') // false before consent
 */
export const hasScript = (fragment: string): boolean =>
  [...document.scripts].some((script) => script.src.includes(fragment));

/**
 * Sets cookies both host-only and on the parent domain .shop.test, as a vendor's script may.
 *
 * @example
 * setCookies(['_fbp', '_fbc']); cookieValues('_fbp') // ['host', 'parent']
 */
export function setCookies(names: string[]): void {
  for (const name of names) {
    document.cookie = `${name}=host; path=/`;
    document.cookie = `${name}=parent; path=/; domain=.shop.test`;
  }
}

const vendorGlobals = [
  'fbq',
  '_fbq',
  'metaStandIn',
  'uetq',
  'UET',
  'uetStandIn',
  'clarity',
  'clarityStandIn',
  '_paq',
  'matomoStandIn',
  'gtmStandIn',
  'Shopify',
  'shopifyStandIn',
];

/**
 * Forgets everything a vendor test left: the vendors' globals and queues, their script elements, and what
 * {@link cleanPage} forgets (dataLayer, resource timings, cookies).
 *
 * @example
 * afterEach(cleanVendors);
 */
export function cleanVendors(): void {
  cleanPage();
  for (const name of vendorGlobals) delete (window as unknown as Record<string, unknown>)[name];
  for (const script of document.querySelectorAll('script[src*="/analytics-bridge/src/test/"]')) script.remove();
}
