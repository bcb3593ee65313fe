// What every Assent element shows in a language: the banner and the placeholders of blocked embeds.
import en from './en.js';
import { chooseLanguage, directionOf, registeredLanguage, type BannerTexts } from './language.js';

/** The texts of one language, with the language and direction they are written in. */
export interface ChosenTexts {
  t: Record<string, string>;
  /** The texts' language: the chosen one if its texts are registered, else English, the fallback. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The texts to show for a language option (see {@link chooseLanguage}): English (the banner's, and `english`,
 * the English of an element with texts of its own), overlaid by the chosen language's registered texts, overlaid
 * by the site's own `overrides`.
 *
 * @example
 * const { t, lang, dir } = textsFor('de', { title: 'Kekse?' });
 */
export function textsFor(
  option?: string | null,
  overrides: Partial<BannerTexts> & Record<string, string> = {},
  english?: Record<string, string>,
): ChosenTexts {
  const code = chooseLanguage(option ?? undefined);
  const own = registeredLanguage(code);
  const lang = own || code == 'en' ? code : 'en';
  return { t: { ...en, ...english, ...own, ...overrides }, lang, dir: directionOf(lang) };
}

/**
 * What a category is called in these texts: the label under its text key (`analytics` → "Analytics"; see the
 * banner's `textKeyOf`), else its own name, for a site category without one.
 *
 * @example
 * labelOf(textsFor('de').t, 'analytics', 'analytics') // 'Statistik'
 */
export const labelOf = (t: Record<string, string>, key: string, name: string): string =>
  Object.hasOwn(t, key) ? t[key]! : name;

// Hebrew's "ו" and Arabic's "و" ("and") are written joined to the word after them: their separators end in the letter.
// Before a word in Latin letters or digits (a service's name) Hebrew adds a hyphen and Arabic a space: "ו-YouTube",
// "و YouTube".
function joined(separator: string, item: string): string {
  const beforeLatin = /^\w/.test(item);
  const apart = separator.endsWith('ו') ? '-' : separator.endsWith('و') ? ' ' : '';
  return separator + (beforeLatin ? apart : '') + item;
}

/**
 * `items` as a list in these texts' language: "A", "A and B", "A, B and C" (`listComma`, `listAnd`). Written out
 * rather than asked of Intl.ListFormat: the first ListFormat a page creates loads the browser's list data, 20 to
 * 80 ms of main thread on a phone, in the task that shows the banner.
 *
 * @example
 * listOf(textsFor('en').t, ['Analytics', 'Marketing']) // 'Analytics and Marketing'
 * listOf(textsFor('he').t, ['Vimeo', 'YouTube']) // 'Vimeo ו-YouTube'
 */
export function listOf(t: Record<string, string>, items: readonly string[]): string {
  const last = items.length - 1;
  return items.reduce((list, item, i) => (i ? list + joined(i == last ? t.listAnd! : t.listComma!, item) : item), '');
}

/**
 * `text` with every `{name}` replaced by `value`, as written: a name the page gives (`data-service`) may hold `$&` or
 * `$'`, which a plain `replace` would read as patterns.
 *
 * @example
 * fill('Content from {service}', 'service', 'Pay $& Go') // 'Content from Pay $& Go'
 */
export const fill = (text: string, name: string, value: string): string => text.split(`{${name}}`).join(value);
