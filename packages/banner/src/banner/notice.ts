import type { ConsentOptions } from '@assent/core';

/**
 * Whether the first layer is a notice instead of a request for consent: the mode in force is opt-out (the site's
 * `mode`, or the rule of the visitor's region), so what the site names already runs, and the visitor is told so and
 * may object, not asked. The script tag asks it too, to fetch the notice's texts only then.
 *
 * @example
 * showsNotice(consent.options) // true in opt-out mode, and for a visitor in California under the default rules by region
 */
export const showsNotice = ({ mode }: Pick<ConsentOptions, 'mode'>): boolean => mode == 'opt-out';

/**
 * Whether the notice answers a US state's privacy law (a rule by region for `US-…` in force): only then does it say
 * that sharing with advertising partners may be selling or sharing, and offer "Do Not Sell or Share My Personal
 * Information" in place of Reject all. Elsewhere, an opt-out is an objection like any other.
 *
 * @example
 * underUsStateLaw(consent.options) // true for a visitor in California under the default rules by region
 */
export const underUsStateLaw = (options: Pick<ConsentOptions, 'mode' | 'rule'>): boolean =>
  showsNotice(options) && !!options.rule?.regionRule?.startsWith('US');
