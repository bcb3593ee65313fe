// No lit here: a script-tag loader imports this beside the element to pick and fetch one language file.
import type en from './en.js';
import type placeholderEn from './placeholders/en.js';

/**
 * Every text of the banner, by key. Sites may override any of them through `banner.texts`.
 *
 * @example
 * const texts: Partial<BannerTexts> = { title: 'Cookies', acceptAll: 'Yes please' };
 */
export type BannerTexts = { [K in keyof typeof en]: string };

/**
 * Every text of the placeholders over embeds that wait for consent, by key. Each language's placeholder file
 * (`@assent/banner/i18n/placeholders/<code>`) has them with the banner's texts of the same language.
 *
 * @example
 * const texts: Partial<PlaceholderTexts> = { loadOnce: 'Show this video' };
 */
export type PlaceholderTexts = { [K in keyof typeof placeholderEn]: string };

/**
 * Languages shipped as `@assent/banner/i18n/<code>`.
 *
 * @example
 * if (languages.includes('de')) registerLanguage('de', (await import('@assent/banner/i18n/de')).default);
 */
export const languages = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'sv',
  'da',
  'fi',
  'nb',
  'cs',
  'ro',
  'hu',
  'el',
  'bg',
  'hr',
  'sk',
  'sl',
  'et',
  'lv',
  'lt',
  'ga',
  'mt',
  'ar',
  'he',
];

const registry: Record<string, Partial<BannerTexts & PlaceholderTexts>> = {};

/**
 * The writing direction of a language: `rtl` for Arabic, Hebrew, Persian and Urdu (regional variants included).
 *
 * @example
 * directionOf('ar-EG'); // 'rtl'
 */
export const directionOf = (code: string): 'rtl' | 'ltr' => (/^(ar|he|fa|ur)\b/i.test(code) ? 'rtl' : 'ltr');

/**
 * Makes a language available to every `<assent-banner>`. Call it before the banner renders.
 *
 * @example
 * import de from '@assent/banner/i18n/de';
 * registerLanguage('de', de);
 */
export function registerLanguage(code: string, texts: Partial<BannerTexts & PlaceholderTexts>): void {
  registry[code.toLowerCase()] = texts;
}

/**
 * The texts registered for a language code, if any.
 *
 * @example
 * registeredLanguage('de')?.acceptAll // 'Alle akzeptieren' once German is registered
 */
export const registeredLanguage = (code: string): Partial<BannerTexts & PlaceholderTexts> | undefined => registry[code];

/**
 * The language to show: `option`, else `<html lang>`, else the browser's `navigator.languages`, else `en`.
 * Only shipped or registered languages count, and `de-AT` matches `de`.
 *
 * @example
 * const code = chooseLanguage(script.dataset.lang); // 'de' on <html lang="de-AT">
 * if (code !== 'en') registerLanguage(code, (await import(`./i18n/${code}.js`)).default);
 */
export function chooseLanguage(option?: string): string {
  for (const tag of [option, document.documentElement.lang, ...navigator.languages]) {
    const full = tag?.toLowerCase();
    for (const code of [full, full?.split('-')[0]])
      if (code && (registry[code] || languages.includes(code))) return code;
  }
  return 'en';
}
