// The categories Assent gives a meaning to: which one a browser's privacy signal objects to, which one lets
// Google Analytics or an ad pixel run, which texts the banner shows. A site may name its own categories
// otherwise (`statistics`) and say what each one means with the `meanings` option.
import type { OptionRule } from '../options/option-table.js';

/**
 * The category every site has: always granted, never blocked, never cleaned up.
 *
 * @example
 * consent.allowed(NECESSARY) // always true
 */
export const NECESSARY = 'necessary';

/**
 * Measuring visits: Google Analytics' `analytics_storage`, Clarity, Matomo; Do Not Track objects to it.
 *
 * @example
 * consent.allowed(consent.options.meanings[ANALYTICS])
 */
export const ANALYTICS = 'analytics';

/**
 * Advertising: Google's ad signals, Meta's pixel, Microsoft's UET; Global Privacy Control and Do Not Track object to it.
 *
 * @example
 * consent.allowed(consent.options.meanings[MARKETING])
 */
export const MARKETING = 'marketing';

/**
 * Remembering the visitor's settings: Google's `functionality_storage` and `personalization_storage`.
 *
 * @example
 * consent.allowed(consent.options.meanings[PREFERENCES])
 */
export const PREFERENCES = 'preferences';

/**
 * A meaning Assent gives to an optional category.
 *
 * @example
 * const meaning: Meaning = 'analytics';
 */
export type Meaning = typeof ANALYTICS | typeof MARKETING | typeof PREFERENCES;

/**
 * Which of the site's categories carries each meaning.
 *
 * @example
 * const meanings: CategoryMeanings = { analytics: 'statistics', marketing: 'marketing', preferences: 'preferences' };
 */
export type CategoryMeanings = Readonly<Record<Meaning, string>>;

/**
 * The meanings of a site that uses Assent's own category names: each category means what it is called.
 *
 * @example
 * createConsent({ policyVersion: '1', meanings: { ...DEFAULT_MEANINGS, analytics: 'statistics' } });
 */
// Written with plain keys: a bundler keeps an object with computed keys even where nothing reads it.
export const DEFAULT_MEANINGS: CategoryMeanings = {
  analytics: ANALYTICS,
  marketing: MARKETING,
  preferences: PREFERENCES,
};

/**
 * What a category name may be: it is stored in the cookie, so it is kept short, lower-case and cookie-safe.
 *
 * @example
 * CATEGORY_NAME.test('analytics') // true
 */
export const CATEGORY_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

/**
 * The rule of every mapping from Assent's meanings to the site's categories (core's `meanings`, the analytics
 * bridge's `categories`): `analytics`, `marketing` or `preferences`, each the name of an optional category.
 *
 * @example
 * MEANINGS_RULE.check({ analytics: 'statistics' }) // true
 */
export const MEANINGS_RULE: Omit<OptionRule<Partial<Record<Meaning, string>> | undefined>, 'default'> = {
  check: (value) =>
    value === undefined ||
    (!!value &&
      typeof value == 'object' &&
      Object.entries(value).every(
        ([meaning, name]) =>
          Object.hasOwn(DEFAULT_MEANINGS, meaning) &&
          typeof name == 'string' &&
          CATEGORY_NAME.test(name) &&
          name != NECESSARY,
      )),
  allowed: '{ analytics, marketing, preferences } with optional category names',
};

/**
 * The warning (development builds) for a mapping that names a category the site does not have: what it would
 * follow is never granted, so the service would never run, or the signal never be honoured. Call it behind
 * `process.env.NODE_ENV != 'production'` so that production builds drop it.
 *
 * @example
 * warnOfMissingCategory(consent.categories, 'Meta pixel option "category"', 'marketing');
 * // assent: Meta pixel option "category" names "marketing", which is not one of this site's categories …
 */
export function warnOfMissingCategory(
  categories: ReadonlyArray<{ name: string }>,
  mapping: string,
  category: unknown,
): void {
  const names = categories.map((c) => c.name);
  if (!names.includes(category as string))
    console.warn(
      `assent: ${mapping} names "${category}", which is not one of this site's categories (${names.join(', ')}): what follows it will never be granted`,
    );
}
