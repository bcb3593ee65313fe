import type { CategoryMeanings, Consent } from '@assent/core';

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
