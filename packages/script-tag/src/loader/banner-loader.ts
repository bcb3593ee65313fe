import type { Consent } from '@assent/core';
import { BANNER_OPTIONS, chooseLanguage, showsNotice } from '@assent/banner/options';
import { optionsFor, type CheckedConfig } from '../config/read-config.js';
import type { MountedBanner, mount } from '../banner-entry.js';
import { createElementLoader } from './element-loader.js';
import { importBeside } from './import-beside.js';

/**
 * Returns a function that loads the banner once (`assent-banner.js` and its language file, beside `assent.js` at
 * `base`: see {@link createElementLoader}) and mounts it on the page's consent instance.
 *
 * @example
 * const load = createBannerLoader(script.src, consent, config);
 * if (consent.get().status === 'pending') load();
 * footerLink.onclick = () => load().then((banner) => banner.openPreferences());
 */
export function createBannerLoader(
  base: string | undefined,
  consent: Consent,
  config: CheckedConfig,
): () => Promise<MountedBanner> {
  const load = createElementLoader(
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
  );
  // Where the first layer is a notice (opt-out), its texts have a file of their own, which mount() imports: asked for
  // here, beside the banner's file, it is not one round trip later. The browser fetches a module once.
  return () => {
    if (base && showsNotice(consent.options))
      importBeside(base, `i18n/notice/${chooseLanguage(config.lang)}.js`).catch(() => undefined);
    return load();
  };
}
