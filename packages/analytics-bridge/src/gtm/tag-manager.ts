import { NECESSARY, throwOnWrongOption, type Consent } from '@assent/core';
import { putDefaults } from '../consent-mode/defaults.js';
import { signalTracker } from '../consent-mode/signals.js';
import { consentEvent } from '../gtag/consent-event.js';
import { dataLayer, gtag } from '../gtag/gtag.js';
import { loadScript } from '../tags/load-script.js';
import { withDefaults, type TagConnection } from '../tags/with-defaults.js';
import { TAG_MANAGER_DEFAULTS, TAG_MANAGER_OPTIONS } from './options.js';

// Bundlers replace this; production builds drop the option checks.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Options of {@link connectTagManager}.
 *
 * @example
 * connectTagManager(consent, { containerId: 'GTM-ABC1234', nonce: document.currentScript.nonce })
 */
export interface TagManagerOptions {
  /** The container id: `GTM-` then capitals and digits. */
  containerId: string;
  /** `basic` (default): the container is not requested until the visitor grants a category. `advanced`: it loads at once, with every Consent Mode signal denied, so that tags which support it send cookieless pings. */
  mode?: 'basic' | 'advanced';
  /** Let `marketing` grant `ad_storage`, `ad_user_data` and `ad_personalization`. Default `false`: they stay denied. */
  advertising?: boolean;
  /** Milliseconds Google's tags wait for a consent update before their first hit (`wait_for_update`). Default 500. */
  waitForUpdate?: number;
  /** Pass ad click ids through URLs while ad storage is denied (`url_passthrough`). Default `false`. */
  urlPassthrough?: boolean;
  /** Where `gtm.js` comes from; `id` is added. Default Google's `https://www.googletagmanager.com/gtm.js`. */
  scriptUrl?: string;
  /** The nonce of the page's scripts: the container gets it, as Google's snippet for a strict CSP does. */
  nonce?: string;
}

/**
 * Runs a Google Tag Manager container through Consent Mode v2, following the store: the `consent default`
 * (everything denied but `security_storage`) is in the dataLayer before the container is requested, every change
 * is a `consent update` with the signals that changed, and `{ event: 'assent_consent_update', assent_<category>:
 * 'granted' | 'denied', assent: <state> }` is pushed on connecting and on every change for the container's
 * triggers. The container is loaded as Google's snippet loads it (`gtm.start`, then `gtm.js?id=…` with the nonce).
 *
 * @example
 * const consent = createConsent({ policyVersion: '2024-05' });
 * connectTagManager(consent, { containerId: 'GTM-ABC1234' });
 */
export function connectTagManager(consent: Consent, options: TagManagerOptions): TagConnection {
  const all = withDefaults(options, TAG_MANAGER_DEFAULTS);
  const { containerId, mode, advertising, scriptUrl, nonce } = all;
  if (process.env.NODE_ENV != 'production') throwOnWrongOption('Tag Manager option', TAG_MANAGER_OPTIONS, options, all);
  // Strictly true: production builds skip the checks, and anything else must keep advertising off.
  // Each Consent Mode key follows the category the store says carries its meaning (its `meanings` option).
  const track = signalTracker(advertising === true, consent.options.meanings);
  const layer = dataLayer();
  window.gtag ||= gtag;
  putDefaults(track({}), all, consent.options.rule?.optInRegions);

  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    layer.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
    loadScript(`${scriptUrl + (scriptUrl.includes('?') ? '&' : '?')}id=${containerId}`, nonce);
  };

  const stop = consent.$consent.subscribe((state) => {
    const changed = track(state.categories);
    if (changed) gtag('consent', 'update', changed);
    layer.push(consentEvent(state));
    const grantedSomething = Object.keys(state.categories).some((name) => name != NECESSARY && state.categories[name]);
    if (grantedSomething) load();
  });
  // After the first update, so that a returning visitor's choice is read before the container's first tag.
  if (mode == 'advanced') load();
  return { disconnect: stop };
}
