import type { Consent } from '@assent/core';
import { BANNER_OPTIONS, chooseLanguage } from '@assent/banner/options';
import { optionsFor, type CheckedConfig } from '../config/read-config.js';
import type { MountedBanner, mount } from '../banner-entry.js';
import { importBeside } from './import-beside.js';
import { within } from './within.js';

/** How long the banner, once loaded, waits for its language file before it shows in English. */
export const LANGUAGE_WAIT = 1500;

/**
 * Returns a function that loads the banner once (`assent-banner.js` and the language file it needs,
 * both in parallel, found beside `assent.js` at `base`) and mounts it on the page's consent instance.
 * A language file that fails, or has not come {@link LANGUAGE_WAIT} ms after the banner, leaves it in English.
 * A failed load (offline, blocked, or no `base`: assent.js could not tell its own URL) is reported and tried
 * again on the next call.
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
  let loading: Promise<MountedBanner> | undefined;
  const load = async () => {
    const lang = chooseLanguage(config.lang);
    // English is built into the banner; every other language is one small file fetched beside it, in parallel.
    const language = lang === 'en' ? undefined : importBeside(base, `i18n/${lang}.js`).catch(() => undefined);
    const banner = (await importBeside(base, 'assent-banner.js')) as { mount: typeof mount };
    const texts = language && (await within(language, LANGUAGE_WAIT));
    // Where decisions become receipts, the visitor can quote their consent reference to the shop.
    const showConsentReference = !!config.integrations?.receipts;
    return banner.mount(consent, {
      ...optionsFor(BANNER_OPTIONS, config),
      lang,
      language: texts?.default,
      showConsentReference,
    });
  };
  return () =>
    (loading ||= load().catch((error) => {
      loading = undefined;
      console.error(`assent: the banner could not be loaded from beside ${base ?? 'assent.js (unknown)'}:`, error);
      throw error;
    }));
}
