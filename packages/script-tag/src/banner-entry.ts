// The entry of dist/assent-banner.js: lit and the banner, loaded by assent.js only when the banner must show.
import { AssentBanner, registerLanguage, type BannerTexts } from '@assent/banner';
import type { Consent } from '@assent/core';
import type { CheckedConfig } from './config/read-config.js';

/**
 * The banner as the script tag drives it.
 *
 * @example
 * const banner = mount(consent, { policyVersion: '1', lang: 'en' });
 * banner.openPreferences();
 */
export interface MountedBanner {
  openPreferences(): void;
}

/** {@link mount}'s options: the checked configuration plus the chosen language and its texts. */
export type MountOptions = CheckedConfig & { lang: string; language?: Partial<BannerTexts> };

/**
 * Registers `<assent-banner>` (and the chosen language), binds one to `consent` and adds it to the page.
 *
 * @example
 * const { mount } = await import(new URL('assent-banner.js', script.src).href);
 * mount(consent, { ...config, lang: 'de', language: (await import('./i18n/de.js')).default });
 */
export function mount(consent: Consent, options: MountOptions): MountedBanner {
  if (!customElements.get('assent-banner')) customElements.define('assent-banner', AssentBanner);
  if (options.language) registerLanguage(options.lang, options.language);
  const banner = document.createElement('assent-banner');
  banner.lang = options.lang;
  banner.layout = options.layout ?? 'bar';
  // Not configured: 'auto', the button shows where the page has no "Cookie settings" link to come back by.
  banner.floatingButton = options.floatingButton ?? 'auto';
  banner.colorScheme = options.colorScheme ?? 'auto';
  banner.texts = { ...options.texts };
  banner.privacyUrl = options.privacyUrl;
  banner.consent = consent;
  // assent.js announces every change on document itself, for returning visitors too: one event per change.
  banner.addEventListener('assent-change', (event) => event.stopPropagation());
  const add = () => document.body.append(banner);
  if (document.body) add();
  else addEventListener('DOMContentLoaded', add);
  return banner;
}
