import { ANALYTICS, MARKETING, NECESSARY, PREFERENCES, type Consent } from '@assent/core';
import { categoriesFor, warnOfMissingCategories } from '../tags/categories.js';
import { siteGlobal } from '../tags/site-global.js';
import type { TagConnection } from '../tags/with-defaults.js';

// Bundlers replace this; production builds drop the warnings.
declare const process: { env: { NODE_ENV?: string } };

/** Shopify's purposes, as its Customer Privacy API names them in `setTrackingConsent`. */
type Purpose = 'analytics' | 'marketing' | 'preferences';

/** What `currentVisitorConsent()` returns: `'yes'`, `'no'`, or `''` while the visitor has not decided. */
type VisitorConsent = Partial<Record<Purpose | 'sale_of_data', 'yes' | 'no' | ''>>;

/**
 * The part of Shopify's Customer Privacy API (`window.Shopify.customerPrivacy`) that Assent uses.
 *
 * @example
 * window.Shopify.customerPrivacy.currentVisitorConsent() // { analytics: 'yes', marketing: 'no', preferences: '', sale_of_data: 'no' }
 */
export interface CustomerPrivacy {
  setTrackingConsent(
    consent: Record<Purpose | 'sale_of_data', boolean>,
    callback?: (result?: { error?: unknown }) => void,
  ): void;
  currentVisitorConsent(): VisitorConsent;
}

declare global {
  interface Window {
    Shopify?: {
      customerPrivacy?: CustomerPrivacy;
      loadFeatures?(features: Array<{ name: string; version: string }>, callback: (error?: unknown) => void): void;
    };
  }
}

/**
 * Options of {@link connectShopify}.
 *
 * @example
 * connectShopify(consent, { categories: { analytics: 'statistics' } })
 */
export interface ShopifyOptions {
  /** The site's category behind each of Shopify's purposes; a purpose whose category the site does not have is always denied. Default: the store's `meanings` (the same names unless the site says otherwise). */
  categories?: Partial<Record<Purpose, string>>;
}

const PURPOSES: Purpose[] = [ANALYTICS, MARKETING, PREFERENCES];

/**
 * Whether the page is a Shopify storefront with its Customer Privacy API (or the means to load it).
 *
 * @example
 * if (onShopify()) connectShopify(consent);
 */
export const onShopify = (): boolean => {
  const shopify = siteGlobal('Shopify');
  return !!(shopify?.customerPrivacy || shopify?.loadFeatures);
};

/**
 * Makes Shopify's own analytics, pixels and checkout follow the store through the Customer Privacy API: loads it
 * (`Shopify.loadFeatures`) if the page has not yet; on a first visit, takes over a decision the visitor made with
 * Shopify (at checkout, say) from `currentVisitorConsent()`, so that they are not asked again; then sends every
 * decision with `setTrackingConsent({ analytics, marketing, preferences, sale_of_data })`, where `sale_of_data`
 * is `marketing` unless Global Privacy Control objects, and a withdrawal (`reset()`) as everything denied. A
 * decision Shopify reports (its `visitorConsentCollected` event) that differs from the store's is applied to it.
 *
 * @example
 * const consent = createConsent({ policyVersion: '2024-05' });
 * if (onShopify()) connectShopify(consent);
 */
export function connectShopify(consent: Consent, options: ShopifyOptions = {}): TagConnection {
  const categories = categoriesFor(consent, options.categories);
  if (process.env.NODE_ENV != 'production')
    warnOfMissingCategories(consent, options.categories, 'Shopify option "categories', []);
  const categoryOf = (purpose: Purpose) => categories[purpose];
  let stop = () => {};
  let stopped = false;

  const start = (api: CustomerPrivacy) => {
    if (stopped) return;
    takeOver(consent, api.currentVisitorConsent(), categoryOf);
    // What Shopify holds now: a returning visitor's decision is not sent again.
    let sent = JSON.stringify(shopifyChoices(consent, fromVisitorConsent(api.currentVisitorConsent())));
    let decidedBefore = false;
    // Shopify reports each decision it was sent, a little later: by then the store may have moved on.
    const inFlight: string[] = [];
    const unsubscribe = consent.$consent.subscribe((state) => {
      const decided = state.status == 'decided';
      // Until the visitor decides, Shopify waits as Assent does; a pending state after a decision is a withdrawal.
      if (!decided && !decidedBefore) return;
      decidedBefore = decided || decidedBefore;
      const allowed = Object.fromEntries(PURPOSES.map((purpose) => [purpose, consent.allowed(categoryOf(purpose))]));
      const choices = shopifyChoices(consent, allowed);
      const unchanged = sent == JSON.stringify(choices);
      if (unchanged) return;
      sent = JSON.stringify(choices);
      inFlight.push(purposesOf(choices));
      api.setTrackingConsent(choices, (result) => {
        if (result?.error) console.warn('assent: Shopify did not take the decision:', result.error);
      });
    });
    // A decision made through Shopify (its own banner, checkout) after the page loaded.
    const collected = (event: Event) => {
      const detail = (event as CustomEvent<Record<string, boolean>>).detail || {};
      const echo = inFlight.indexOf(purposesOf(Object.fromEntries(PURPOSES.map((p) => [p, detail[`${p}Allowed`]]))));
      if (echo >= 0) return void inFlight.splice(0, echo + 1);
      const differs: Record<string, boolean> = {};
      for (const purpose of PURPOSES) {
        const name = categoryOf(purpose);
        const allowed = detail[`${purpose}Allowed`];
        if (name in consent.get().categories && typeof allowed == 'boolean' && allowed != consent.allowed(name))
          differs[name] = allowed;
      }
      if (Object.keys(differs).length) consent.update(differs);
    };
    document.addEventListener('visitorConsentCollected', collected);
    stop = () => {
      unsubscribe();
      document.removeEventListener('visitorConsentCollected', collected);
    };
  };

  const shopify = siteGlobal('Shopify');
  if (shopify?.customerPrivacy) start(shopify.customerPrivacy);
  else
    shopify?.loadFeatures?.([{ name: 'consent-tracking-api', version: '0.1' }], (error) => {
      if (error) console.warn('assent: Shopify could not load its Customer Privacy API:', error);
      else if (window.Shopify?.customerPrivacy) start(window.Shopify.customerPrivacy);
    });
  return {
    disconnect() {
      stopped = true;
      stop();
    },
  };
}

// The three purposes' answers in one comparable string.
const purposesOf = (choices: Partial<Record<Purpose, unknown>>) => PURPOSES.map((purpose) => !!choices[purpose]).join();

// Shopify's answer as booleans, `undefined` for a purpose the visitor has not decided there.
function fromVisitorConsent(visitor: VisitorConsent): Partial<Record<Purpose, boolean>> {
  const choices: Partial<Record<Purpose, boolean>> = {};
  for (const purpose of PURPOSES) if (visitor[purpose]) choices[purpose] = visitor[purpose] == 'yes';
  return choices;
}

// What setTrackingConsent receives: every purpose, and sale of data only with marketing and without a GPC objection.
function shopifyChoices(
  consent: Consent,
  choices: Partial<Record<Purpose, boolean>>,
): Record<Purpose | 'sale_of_data', boolean> {
  const marketing = !!choices.marketing;
  return {
    analytics: !!choices.analytics,
    marketing,
    preferences: !!choices.preferences,
    sale_of_data: marketing && !consent.get().gpc,
  };
}

// A first visit to the storefront of a visitor who already decided with Shopify: that decision stands.
function takeOver(consent: Consent, visitor: VisitorConsent, categoryOf: (purpose: Purpose) => string): void {
  if (consent.get().status != 'pending') return;
  const known = consent.get().categories;
  const decided = fromVisitorConsent(visitor);
  const choices: Record<string, boolean> = {};
  for (const purpose of PURPOSES) {
    const name = categoryOf(purpose);
    if (name in known && name != NECESSARY && decided[purpose] !== undefined) choices[name] = decided[purpose]!;
  }
  // "Do not sell or share", given to Shopify: an objection to marketing, like Global Privacy Control.
  const marketing = categoryOf(MARKETING);
  if (visitor.sale_of_data == 'no' && marketing in known) choices[marketing] = false;
  const decidedThere = PURPOSES.some((purpose) => decided[purpose] !== undefined);
  if (decidedThere) consent.update(choices);
  else if (consent.options.mode == 'opt-out' && choices[marketing] === false) consent.update(choices);
}
