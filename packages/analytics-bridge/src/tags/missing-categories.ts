import { warnOfMissingCategory, type CategoryMeanings, type Consent, type Meaning } from '@assent/core';
import { categoriesFor } from './categories.js';

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
