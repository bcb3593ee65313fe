// The entry of dist/assent-banner.js: lit and the banner, loaded by assent.js only when the banner must show.
// @assent/banner/define registers <assent-banner>: the one place the element is defined.
import { fetchWithPreferences, registerLanguage } from '@assent/banner/define';
import { showsNotice } from '@assent/banner/options';
import type { BannerOptions, BannerTexts } from '@assent/banner';
import type { Consent } from '@assent/core';
import { LANGUAGE_WAIT } from './loader/element-loader.js';
import { within } from './loader/within.js';

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

/** {@link mount}'s options: the banner's checked options, the chosen language and its texts. */
export type MountOptions = BannerOptions & { lang: string; language?: Partial<BannerTexts> };

/**
 * Registers the chosen language (importing @assent/banner/define registered `<assent-banner>`), binds one to `consent` and adds it to the page.
 *
 * @example
 * const { mount } = await import(new URL('assent-banner.js', script.src).href);
 * mount(consent, { layout: 'box', lang: 'de', language: (await import('./i18n/de.js')).default });
 */
export function mount(consent: Consent, { language, ...options }: MountOptions): MountedBanner {
  const { lang } = options;
  if (language) registerLanguage(lang, language);
  // Where a rule by region makes the first layer a notice (a US state's opt-out), its texts come in a file of their
  // own beside this one, English's too (scripts/notice-split.mjs): every other visitor is spared them. The banner
  // waits for them as for its language file.
  const notice = showsNotice(consent.options)
    ? (import(`./i18n/notice/${lang}.js`) as Promise<{ default: Partial<BannerTexts> }>).then(
        (texts) => registerLanguage(lang, { ...language, ...texts.default }),
        () => undefined,
      )
    : undefined;
  // What was not given keeps the element's default (floatingButton: 'auto', shown where the page has no way back).
  const banner = Object.assign(document.createElement('assent-banner'), options);
  banner.consent = consent;
  // Services with switches of their own: their switches are fetched beside this file, for such sites only, with the
  // preferences they are part of (when a visitor is about to open them).
  if (Object.keys(consent.get().services)[0]) fetchWithPreferences(() => import('@assent/banner/services'));
  // assent.js announces every change on document itself (announceChanges), for returning visitors too: the banner's
  // own announcement stays on the banner, so that a listener on document hears each change once.
  banner.addEventListener('assent-change', (event) => event.stopPropagation());
  const add = () => (document.body ? document.body.append(banner) : addEventListener('DOMContentLoaded', add));
  if (notice) within(notice, LANGUAGE_WAIT).then(add);
  else add();
  return banner;
}
