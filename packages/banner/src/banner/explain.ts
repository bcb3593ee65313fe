import { MARKETING, NECESSARY, type CategoryMeanings } from '@assent/core';
import { fill, listOf } from '../i18n/texts.js';

/**
 * The key of a category's texts (`<key>`, `<key>Text`, `<key>Purpose`): the category's own name where the texts
 * have it, else the meaning the site gives the category (a `statistics` category meaning `analytics` shows the
 * analytics texts), else its name.
 *
 * @example
 * textKeyOf('statistics', { analytics: 'statistics', marketing: 'marketing', preferences: 'preferences' }, en) // 'analytics'
 */
export function textKeyOf(name: string, meanings: CategoryMeanings, t: Record<string, string>): string {
  const meaning = Object.keys(meanings).find((key) => meanings[key as keyof CategoryMeanings] == name);
  return Object.hasOwn(t, name) || !meaning ? name : meaning;
}

/**
 * The banner's explanation, composed from the categories the site declared: a purpose the site does not have is
 * never named (a shop without advertising must not promise "relevant ads"). Each optional category contributes
 * its `<name>Purpose` phrase, listed with the language's own separators (`listComma`, `listAnd`: "A, B and C",
 * "A وB وC") into the `consentFor` sentence; a category without such a phrase is covered by `otherPurpose`.
 * A site's own `text` replaces the whole explanation.
 * `categories` are the categories' text keys (see {@link textKeyOf}). A `notice` (opt-out mode: the site's, or a
 * region's law's) says what is used until the visitor opts out (`noticeFor`); under a US state's law (`saleLaw`),
 * where the site has marketing, also that sharing with advertising partners may be selling or sharing (`sale`).
 *
 * @example
 * explain(en, ['necessary', 'analytics']);
 * // 'We use cookies the shop needs to work. With your consent we also use cookies to measure visits. You can …'
 */
export function explain(t: Record<string, string>, categories: string[], notice = false, saleLaw = false): string {
  if (t.text) return t.text;
  const optional = categories.filter((name) => name != NECESSARY);
  const purposes = [...new Set(optional.map((name) => t[name + 'Purpose'] || t.otherPurpose))];
  const sentence = notice ? t.noticeFor : t.consentFor;
  const used = purposes[0] ? fill(sentence, 'purposes', listOf(t, purposes)) : '';
  // Only a site with advertising partners (marketing) may be selling or sharing: only it says so.
  const sale = notice && saleLaw && categories.includes(MARKETING) && t.sale;
  return [t.intro, used, sale, t.anyTime].filter(Boolean).join(' ');
}
