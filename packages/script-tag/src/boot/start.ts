import {
  CONSENT_OPTIONS,
  createConsent,
  gateElements,
  validateCategories,
  type Consent,
  type ConsentOptions,
  type ConsentState,
  type RuleInForce,
} from '@assent/core';
import {
  GOOGLE_ANALYTICS_OPTIONS,
  TAG_MANAGER_OPTIONS,
  checkPurchase,
  connectGoogleAnalytics,
  consentEvent,
  siteGlobal,
  type GoogleAnalyticsConnection,
  type GoogleAnalyticsOptions,
} from '@assent/analytics-bridge';
import { announceChanges, assentEvent, openerOf, type AssentReadyEvent } from '@assent/banner/options';
import { createApi, type AssentApi, type QueuedCall } from '../api/create-api.js';
import { optionsFor, readConfig, type AssentConfig, type CheckedConfig } from '../config/read-config.js';
import { importBeside } from '../loader/import-beside.js';
import type { ruleFor } from '../integrations/regions.js';

type RegionsModule = { ruleFor: typeof ruleFor };
const ASK_FIRST: RuleInForce = { mode: 'opt-in', options: { mode: 'opt-in' }, optInRegions: [] };
import { createBannerLoader } from '../loader/banner-loader.js';
import { createPlaceholderLoader } from '../loader/placeholder-loader.js';
import { createIntegrationLoader } from '../loader/integration-loader.js';

import { within } from '../loader/within.js';
import { earlierAssent, pageConfig } from './page-globals.js';

declare global {
  interface Window {
    /** The script tag's API; an array of queued calls until `assent.js` has loaded. */
    assent?: AssentApi | QueuedCall[];
    /** What the script tag's attributes cannot say; set it before the tag. */
    assentConfig?: AssentConfig;
  }
  interface DocumentEventMap {
    'assent-ready': AssentReadyEvent<AssentApi>;
  }
}

/** How long a "Cookie settings" link waits for the banner before it leads where its href points. */
export const LINK_WAIT = 3000;

/**
 * Calls `found` now and, if it found nothing while the page is still parsed (a blocking tag, above what it looks
 * for), once more when parsing ends.
 *
 * @example
 * nowOrOnceParsed(() => !!siteGlobal('Shopify'));
 */
function nowOrOnceParsed(found: () => boolean): void {
  if (!found() && document.readyState == 'loading') addEventListener('DOMContentLoaded', found, { once: true });
}

/**
 * Everything `assent.js` does, for the script element it was loaded by (`null`: none could be trusted, the
 * defaults apply): reads the configuration, creates the consent instance, gates `data-consent` elements, connects
 * Google Analytics when `data-ga` is given, loads the integrations the page uses (Tag Manager, Shopify, receipts),
 * loads the banner when it must show, and publishes `window.assent`.
 *
 * @example
 * start(ownScript());
 */
export function start(script: HTMLScriptElement | null, assentConfig = pageConfig()): AssentApi | Promise<AssentApi> {
  const existing = earlierAssent();
  if (existing && !Array.isArray(existing)) {
    console.warn('assent: assent.js is included twice; the second copy does nothing');
    return existing;
  }
  const config = readConfig(script, assentConfig);
  // Rules by region choose the mode, so the store waits for them; their file, loaded only by sites that use them,
  // takes its values from the configuration. Until then nothing optional runs and window.assent queues calls. A rule
  // that cannot be had (no file, no own script) asks first; the integrations then report the missing file.
  if (!config.integrations?.regions) return begin(script, config);
  return Promise.resolve()
    .then(() => importBeside(script!.src, 'integrations/regions.js') as Promise<RegionsModule>)
    .then(
      (file) => file.ruleFor(config),
      () => ASK_FIRST,
    )
    .then((rule) => begin(script, config, rule));
}

// Everything else, once the rule by region in force (if any) is known.
function begin(script: HTMLScriptElement | null, config: CheckedConfig, rule?: RuleInForce): AssentApi {
  // The calls the site queued, read again after the rules by region: start() already reported anything else.
  const queued = Array.isArray(window.assent) ? window.assent : undefined;
  const options: ConsentOptions = {
    ...optionsFor(CONSENT_OPTIONS, config),
    policyVersion: config.policyVersion,
    rule,
  };
  let consent: Consent;
  try {
    // Category and service definitions come only from assentConfig; core checks them only in development builds.
    validateCategories(options.categories, options.necessary);
    consent = createConsent(options);
  } catch (error) {
    // A mistake in assentConfig's categories must not leave the site without a banner: ask with the default ones
    // (every other option was checked by readConfig).
    console.error(error);
    const { categories, necessary, ...checked } = options;
    consent = createConsent(checked);
  }
  // The banner is found beside assent.js; without its own element the page's base URL could point anywhere.
  const load = createBannerLoader(script?.src, consent, config);
  let loaded = false;
  const show = () =>
    load().then(
      (banner) => ((loaded = true), banner),
      () => undefined,
    );
  const openPreferences = () => show().then((banner) => banner?.openPreferences());
  // The banner is loaded while the decision is pending (a first visit, a reset, a new policy version), its request
  // sent before anything else is done: returning visitors skip its download, unless the site wants its floating
  // button on every page, which needs the banner once, not on every change.
  consent.$consent.subscribe((state) => {
    if (state.status == 'pending') show();
  });
  if (config.floatingButton) show();

  // Under a CSP with 'strict-dynamic', scripts Assent inserts are trusted: only those carrying assent.js's own nonce
  // (which injected markup cannot know) may be run. Embeds that wait for consent get a placeholder, loaded beside
  // assent.js when the first one is found, unless the shop draws its own (data-placeholders="off"): its embeds then
  // stay blank and inert until granted.
  const ownPlaceholders = config.placeholders == 'off';
  const blocked = ownPlaceholders ? undefined : createPlaceholderLoader(script?.src, consent, config);
  const gate = (root: ParentNode) => gateElements(consent, root, { nonce: script?.nonce, blocked });
  gate(document);

  let ga: GoogleAnalyticsConnection | undefined;
  if (config.ga) {
    try {
      ga = connectGoogleAnalytics(consent, {
        ...(optionsFor(GOOGLE_ANALYTICS_OPTIONS, config) as GoogleAnalyticsOptions),
        // Under script-src 'nonce-…' without 'strict-dynamic', gtag.js loads only with the page's nonce.
        nonce: script?.nonce || undefined,
        // assent.js pushes the Tag Manager event itself (below), with or without Google Analytics.
        gtmEvents: false,
      });
    } catch (error) {
      console.error(error);
    }
  }

  // Integrations, like the banner, are found beside assent.js, never beside whatever the page's base URL says.
  const integration = createIntegrationLoader(script?.src, consent);
  // Shopify's own analytics, pixels and checkout obey only its Customer Privacy API: on a Shopify storefront (whose
  // content_for_header defines window.Shopify before the theme's scripts) they follow the store by themselves, with
  // nothing to configure. Elsewhere (or where only the page's markup names window.Shopify) nothing is loaded.
  const connectShopify = () => {
    const onShopify = !!siteGlobal('Shopify');
    if (onShopify) integration('shopify');
    return onShopify;
  };
  // A tag above content_for_header that is not deferred (kept blocking for a Tag Manager snippet in <head>) runs
  // before window.Shopify exists: it looks again once the page is parsed.
  nowOrOnceParsed(connectShopify);
  if (config.gtm) {
    // Google's mode and advertising apply to the container as to gtag.js.
    const { mode, advertising } = optionsFor(GOOGLE_ANALYTICS_OPTIONS, config);
    integration('gtm', {
      ...optionsFor(TAG_MANAGER_OPTIONS, config),
      mode,
      advertising,
      nonce: script?.nonce || undefined,
    });
  }
  // Receipts and vendors' tags that the site turned on: each file checks what it was given.
  for (const [name, given] of Object.entries(config.integrations ?? {})) integration(name, given, script?.nonce);
  // A Tag Manager container the site loads itself follows the decision through this event. Only a page that has a
  // dataLayer gets it: a shop without Google's tags must not find one created by Assent. With data-gtm the
  // container's connection pushes it, after the Consent Mode update it reports: once per decision, not twice.
  // A container whose snippet comes after a blocking assent.js makes its dataLayer later: at the end of parsing it
  // gets the state the page started with, unless an event has reached it by then.
  const page = window as { dataLayer?: object[] };
  if (!config.gtm) {
    // Whether an event reached a dataLayer (once one has, every later one does: a dataLayer does not go away).
    let reported = false;
    const report = (state: ConsentState) => {
      reported = Array.isArray(page.dataLayer);
      if (reported) page.dataLayer!.push(consentEvent(state));
      return reported;
    };
    consent.$consent.listen(report);
    nowOrOnceParsed(() => reported || report(consent.get()));
  }

  // Until the banner is loaded it cannot see clicks on "Cookie settings" links; this does, and loads it. If it cannot
  // be had (offline, blocked, or still not there after LINK_WAIT ms), the link does what a link does, e.g. lead to
  // the privacy policy. Once it is loaded, the banner alone answers them (openerOf is its rule).
  document.addEventListener('click', (event) => {
    const opener = openerOf(event);
    const href = opener?.getAttribute('href');
    if (!loaded && window.assent === api && opener) {
      event.preventDefault();
      within(openPreferences(), LINK_WAIT).then(() => loaded || !href || location.assign(href));
    }
  });
  // Every change is announced on document, for every page, with or without the banner (which keeps its own on itself).
  announceChanges(consent, document);

  // Purchases are data that changes with every order: checked in every build here, as shops have no development build.
  const api = createApi({
    consent,
    openPreferences,
    gate,
    trackPurchase: ga && ((purchase) => (checkPurchase(purchase), ga.trackPurchase(purchase))),
  });
  window.assent = api;
  if (queued) api.push(...queued);
  document.dispatchEvent(assentEvent('assent-ready', api));
  return api;
}
