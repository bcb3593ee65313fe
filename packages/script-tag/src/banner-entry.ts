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
  adoptStyles(banner.shadowRoot);
  banner.lang = options.lang;
  banner.layout = options.layout ?? 'bar';
  banner.floatingButton = !!options.floatingButton;
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

// @assent/banner keeps its CSS in a <style> element, which a strict Content-Security-Policy (style-src without
// 'unsafe-inline') blocks. A constructed stylesheet is not subject to it; swapped in before the element is connected,
// nothing is ever blocked. Remove once the banner adopts its stylesheet itself.
function adoptStyles(root: ShadowRoot | null): void {
  const style = root?.querySelector('style');
  if (!root || !style || !root.adoptedStyleSheets) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(style.textContent ?? '');
  root.adoptedStyleSheets = [sheet];
  style.remove();
}
