import { warnOfMissingCategory, type CategoryMeanings, type Consent, type Meaning } from '@assent/core';

/**
 * The site's category behind each meaning a vendor follows: the connection's own `categories` where given, else
 * the store's `meanings` (by default, the category of the same name).
 *
 * @example
 * const { analytics } = categoriesFor(consent, options.categories);
 */
export const categoriesFor = (consent: Consent, given: Partial<CategoryMeanings> | undefined): CategoryMeanings => ({
  ...consent.options.meanings,
  ...given,
});

/**
 * The development builds' warning about {@link categoriesFor}: one for each category given, or that the vendor
 * cannot run without (`needed`), that the site does not have, since nothing would ever grant it. Call it behind
 * `process.env.NODE_ENV != 'production'`, so that production builds drop it with its words.
 *
 * @example
 * if (process.env.NODE_ENV != 'production')
 *   warnOfMissingCategories(consent, options.categories, 'Google Analytics option "categories', ['analytics']);
 */
export function warnOfMissingCategories(
  consent: Consent,
  given: Partial<CategoryMeanings> | undefined,
  option: string,
  needed: readonly Meaning[],
): void {
  const categories = categoriesFor(consent, given);
  for (const meaning of new Set([...needed, ...(Object.keys(given ?? {}) as Meaning[])]))
    warnOfMissingCategory(consent.categories, `${option}.${meaning}"`, categories[meaning]);
}
