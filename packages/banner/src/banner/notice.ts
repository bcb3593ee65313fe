import type { ConsentOptions } from '@assent/core';

/**
 * Whether the first layer is a notice instead of a request for consent: a rule by region is in force whose law asks
 * for an opt-out (a US state's). The script tag asks it too, to fetch the notice's texts only then.
 *
 * @example
 * showsNotice(consent.options) // true for a visitor in California under the default rules by region
 */
export const showsNotice = ({ mode, rule }: Pick<ConsentOptions, 'mode' | 'rule'>): boolean =>
  !!rule?.regionRule && mode == 'opt-out';
