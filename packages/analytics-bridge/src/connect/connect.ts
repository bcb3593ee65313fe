import {
  ANALYTICS,
  MARKETING,
  removeCookies,
  throwOnWrongOption,
  type Consent,
  type ConsentState,
  type Meaning,
} from '@assent/core';
import { signalTracker } from '../consent-mode/signals.js';
import { consentEvent } from '../gtag/consent-event.js';
import { dataLayer, gtag, queued } from '../gtag/gtag.js';
import { putDefaults } from '../consent-mode/defaults.js';
import { checkPurchase, purchaseFields, type Purchase } from '../purchase/purchase.js';
import { categoriesFor, warnOfMissingCategories } from '../tags/categories.js';
import { GOOGLE_ANALYTICS_DEFAULTS } from './defaults.js';
import { GOOGLE_ANALYTICS_OPTIONS, type GoogleAnalyticsOptions } from './options.js';

// Bundlers replace this; production builds drop the option and purchase checks, and with them the options' table.
declare const process: { env: { NODE_ENV?: string } };

/**
 * What {@link connectGoogleAnalytics} returns.
 *
 * @example
 * const ga = connectGoogleAnalytics(consent, { measurementId: 'G-ABC123' });
 * ga.trackPurchase({ transaction_id: 'T-1', value: 9, currency: 'EUR', items: [{ item_id: 'SKU-1' }] });
 * ga.disconnect();
 */
export interface GoogleAnalyticsConnection {
  /** Sends GA4's `purchase` event (only its known fields) if `analytics` (or the site's Google Analytics service) is granted and returns true; otherwise sends and queues nothing and returns false. In development builds bad input throws. */
  trackPurchase(purchase: Purchase): boolean;
  /** Stops following the consent store. What was already sent stays sent. */
  disconnect(): void;
}

// One per measurement id and page, whatever number of holders (components of a single-page app) it has.
interface Shared {
  trackPurchase(purchase: Purchase): boolean;
  stop(): void;
  holders: number;
}
const connections: Record<string, Shared> = {};

/**
 * Runs Google Analytics through Consent Mode v2, following the consent store: everything denied by default, each
 * change sent as an update, GA's cookies deleted on withdrawal, Advertising Features off unless `advertising` is set.
 * Connecting again to the same measurement id shares the first connection (its store and options): nothing is
 * configured or sent twice, and it follows the store until every holder has disconnected.
 *
 * @example
 * const consent = createConsent({ policyVersion: '1' });
 * const ga = connectGoogleAnalytics(consent, { measurementId: 'G-ABC123' });
 */
export function connectGoogleAnalytics(consent: Consent, options: GoogleAnalyticsOptions): GoogleAnalyticsConnection {
  const all: Record<string, unknown> = { ...GOOGLE_ANALYTICS_DEFAULTS };
  // An option given as undefined keeps its default, as if it were left out.
  for (const [name, value] of Object.entries(options || {})) if (value !== undefined) all[name] = value;
  const checked = all as Required<GoogleAnalyticsOptions>;
  if (process.env.NODE_ENV != 'production')
    throwOnWrongOption('analytics option', GOOGLE_ANALYTICS_OPTIONS, options || {}, checked);
  const id = checked.measurementId;
  const shared = (connections[id] ||= follow(consent, checked));
  shared.holders++;
  let held = true;
  return {
    trackPurchase: (purchase) => held && shared.trackPurchase(purchase),
    disconnect() {
      // Once per holder; the last one stops following the store, and a later connection starts anew.
      if (held && !--shared.holders) {
        shared.stop();
        delete connections[id];
      }
      held = false;
    },
  };
}

function follow(consent: Consent, options: Required<GoogleAnalyticsOptions>): Shared {
  const { measurementId: id, mode, advertising, scriptUrl, gtmEvents, nonce, service } = options;
  // Strictly true: production builds skip the option checks, and anything else must keep advertising off.
  const ads = advertising === true;
  const categories = categoriesFor(consent, options.categories);
  if (process.env.NODE_ENV != 'production') {
    const needed: Meaning[] = ads ? [ANALYTICS, MARKETING] : [ANALYTICS];
    warnOfMissingCategories(consent, options.categories, 'Google Analytics option "categories', needed);
  }
  const analyticsCategory = categories[ANALYTICS];
  // Where the site lets visitors choose Google Analytics apart from the rest of analytics, GA follows that service
  // (the store lists only services the site declares); otherwise the analytics category.
  const analyticsGrantedIn = (state: ConsentState) => state.services[service] ?? state.categories[analyticsCategory];
  const flags = window as unknown as Record<string, boolean>;
  const disable = 'ga-disable-' + id;
  const layer = dataLayer();
  const track = signalTracker(ads, categories);
  let analytics: unknown;

  window.gtag ||= gtag;
  putDefaults(track({}), options, consent.options.rule?.optInRegions);

  // Once per id and page, even across connections.
  const start = () => {
    if (queued('config', id)) return;
    gtag('js', new Date());
    gtag('config', id, { anonymize_ip: true, allow_google_signals: ads, allow_ad_personalization_signals: ads });
    // Not loadScript(): its once-per-URL check is the config check above, and this bundle's budget is 1 kB.
    document.head.append(
      Object.assign(document.createElement('script'), {
        async: true,
        nonce,
        src: `${scriptUrl + (scriptUrl.includes('?') ? '&' : '?')}id=${id}`,
      }),
    );
  };

  const stop = consent.$consent.subscribe((state) => {
    const analyticsGranted = analyticsGrantedIn(state);
    const changed = track({ ...state.categories, [analyticsCategory]: !!analyticsGranted });
    if (changed) gtag('consent', 'update', changed);
    if (analyticsGranted) {
      delete flags[disable];
      start();
    } else {
      // Withdrawn: stop hits at once, before gtag.js has even read the update; GA's cookies go on every domain.
      if (analytics) flags[disable] = true;
      removeCookies([/^_ga[ct]?(_|$)/, '_gid']);
    }
    analytics = analyticsGranted;
    if (gtmEvents) layer.push(consentEvent(state));
  });
  // After the first update, so that a returning visitor's choice precedes the config.
  if (mode == 'advanced') start();

  return {
    holders: 0,
    stop,
    trackPurchase(purchase) {
      if (process.env.NODE_ENV != 'production') checkPurchase(purchase);
      if (!analyticsGrantedIn(consent.get())) return false;
      gtag('event', 'purchase', { ...purchaseFields(purchase), send_to: id });
      return true;
    },
  };
}
