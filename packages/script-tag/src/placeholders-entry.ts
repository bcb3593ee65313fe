// The entry of dist/assent-placeholders.js: the placeholders over embeds that wait for consent, loaded by assent.js
// only on a page that has such an embed. Built on its own: it shares no chunk with the banner.
import { placeholders, registerLanguage, type PlaceholderOptions } from '@assent/banner/placeholders';
import type { BannerTexts, PlaceholderTexts } from '@assent/banner';
import type { BlockedElement, Consent } from '@assent/core';

/** {@link mountPlaceholders}'s options: the placeholders' checked options, the chosen language and its texts (the banner's and the placeholders'). */
export type PlaceholderMountOptions = PlaceholderOptions & {
  lang: string;
  language?: Partial<BannerTexts & PlaceholderTexts>;
};

/**
 * Registers the chosen language and returns the `blocked` handler that lays a placeholder over each waiting embed.
 *
 * @example
 * const { mountPlaceholders } = await import(new URL('assent-placeholders.js', script.src).href);
 * const show = mountPlaceholders(consent, { lang: 'de', language: (await import('./i18n/de.js')).default });
 */
export function mountPlaceholders(
  consent: Consent,
  { language, ...options }: PlaceholderMountOptions,
): (blocked: BlockedElement) => void {
  if (language) registerLanguage(options.lang, language);
  return placeholders(consent, options);
}
