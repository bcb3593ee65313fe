import type { Consent } from '@assent/core';
import { BANNER_OPTIONS, showsNotice } from '@assent/banner/options';
import { optionsFor, type CheckedConfig } from '../config/read-config.js';
import type { MountedBanner, mount } from '../banner-entry.js';
import { createElementLoader } from './element-loader.js';

/**
 * Returns a function that loads the banner once (`assent-banner.js` and its language file, beside `assent.js` at
 * `base`: see {@link createElementLoader}) and mounts it on the page's consent instance.
 *
 * @example
 * const load = createBannerLoader(script.src, consent, config);
 * if (consent.get().status === 'pending') load();
 * footerLink.onclick = () => load().then((banner) => banner.openPreferences());
 */
export const createBannerLoader = (
  base: string | undefined,
  consent: Consent,
  config: CheckedConfig,
): (() => Promise<MountedBanner>) =>
  createElementLoader(
    base,
    config,
    'the banner',
    'assent-banner.js',
    (banner: { mount: typeof mount }, lang, language) =>
      banner.mount(consent, {
        ...optionsFor(BANNER_OPTIONS, config),
        lang,
        language,
        // Where decisions become receipts, the visitor can quote their consent reference to the shop.
        showConsentReference: !!config.integrations?.receipts,
      }),
    undefined,
    // Where the first layer is a notice (opt-out), mount() imports its texts from a file of their own.
    showsNotice(consent.options) && 'i18n/notice/',
  );
