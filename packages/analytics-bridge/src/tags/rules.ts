import type { OptionRule } from '@assent/core';

/**
 * The consent category a vendor follows: a name as core allows it (`necessary` never, it is always granted), or none
 * (the store's meaning of the vendor's purpose, e.g. `meanings.marketing`). Core's
 * CATEGORY_NAME pattern, written here: importing it keeps core's whole option table in every vendor's file of the
 * script tag (2.6 kB instead of 1.3 kB each).
 *
 * @example
 * optionTable(DEFAULTS, { category: CATEGORY });
 */
export const CATEGORY: Omit<OptionRule<string>, 'default'> = {
  check: (value) =>
    value === undefined || (typeof value == 'string' && /^(?!necessary$)[a-z][a-z\d_-]{0,31}$/.test(value)),
  allowed: 'an optional category name',
};
