import type { Consent } from '@assent/core';
import { BANNER_OPTIONS, chooseLanguage } from '@assent/banner/options';
import { optionsFor, type CheckedConfig } from '../config/read-config.js';
import type { MountedBanner, mount } from '../banner-entry.js';

/**
 * Returns a function that loads the banner once (`assent-banner.js` and the language file it needs,
 * both in parallel, found beside `assent.js` at `base`) and mounts it on the page's consent instance.
 * A failed load (offline, blocked) is reported and tried again on the next call.
 *
 * @example
 * const load = createBannerLoader(script.src, consent, config);
 * if (consent.get().status === 'pending') load();
 * footerLink.onclick = () => load().then((banner) => banner.openPreferences());
 */
export function createBannerLoader(
  base: string,
  consent: Consent,
  config: CheckedConfig,
): () => Promise<MountedBanner> {
  let loading: Promise<MountedBanner> | undefined;
  const load = async () => {
    const lang = chooseLanguage(config.lang);
    const file = (path: string) => import(new URL(path, base).href);
    // English is built into the banner; every other language is one small file fetched beside it.
    const [banner, language] = await Promise.all([
      file('assent-banner.js') as Promise<{ mount: typeof mount }>,
      // A language file that fails to load leaves the banner in English, its built-in fallback, rather than absent.
      lang === 'en' ? undefined : file(`i18n/${lang}.js`).catch(() => undefined),
    ]);
    return banner.mount(consent, { ...optionsFor(BANNER_OPTIONS, config), lang, language: language?.default });
  };
  return () =>
    (loading ||= load().catch((error) => {
      loading = undefined;
      console.error(`assent: the banner could not be loaded from ${new URL('assent-banner.js', base)}:`, error);
      throw error;
    }));
}
