// The banner's options: their rules, words and defaults, in one table (see core's option-table.ts). No lit here:
// the script tag reads its attributes through this table without loading the element.
import { FLAG, LANGUAGE_TAG, WEB_URL, mustBe, oneOf, type OptionTable } from '@assent/core';

/**
 * What a site can set on `<assent-banner>`, as properties (or their attributes: `privacy-url`, `layout`,
 * `color-scheme`, `floating-button`, `lang`).
 *
 * @example
 * const options: BannerOptions = { privacyUrl: '/privacy', layout: 'box', floatingButton: true };
 */
export interface BannerOptions {
  /** Link to the privacy policy: an http(s) or relative URL. */
  privacyUrl?: string;
  /** `bar` at the bottom (default), `box` in a corner, or a centred `modal`. */
  layout?: 'bar' | 'box' | 'modal';
  /** `auto` (default) follows `prefers-color-scheme`; `light` or `dark` force one. */
  colorScheme?: 'auto' | 'light' | 'dark';
  /** A small button that reopens the preferences once the banner is closed: `true`, `false`, or `'auto'` (default: shown where the page has no `data-assent-open` link to come back by). */
  floatingButton?: boolean | 'auto';
  /** The language, e.g. `pt-BR`; default `<html lang>`, then the browser's. */
  lang?: string;
  /** Per-key overrides of the chosen language's texts, shown as text, never as HTML. */
  texts?: Readonly<Record<string, string>>;
  /**
   * Shows the visitor their decision's id in the preferences ("Your consent reference"), for a support request to
   * find their receipt in the shop's collector: for sites that send receipts. Default `false`.
   */
  showConsentReference?: boolean;
}

/**
 * Every option of {@link BannerOptions}: its check, what it allows in words, and its default. The element throws
 * on a wrong property and reports a wrong attribute; the script tag reports a wrong `data-*` attribute.
 *
 * @example
 * BANNER_OPTIONS.layout.check('sidebar') // false
 * BANNER_OPTIONS.layout.allowed // '"bar" or "box" or "modal"'
 */
export const BANNER_OPTIONS: OptionTable<BannerOptions> = {
  // javascript:, data: and the like would run or show attacker content from a trusted banner.
  privacyUrl: WEB_URL,
  layout: oneOf('bar', 'box', 'modal'),
  colorScheme: oneOf('auto', 'light', 'dark'),
  floatingButton: {
    check: (value) => FLAG.check(value) || value == 'auto',
    allowed: 'true, false or "auto"',
    default: 'auto',
  },
  // The element takes any lang, as every HTML element does, and falls back to English; the script tag checks it.
  lang: LANGUAGE_TAG,
  // Anything but a string would show as "[object Object]".
  texts: {
    check: (value) =>
      !!value && typeof value == 'object' && Object.values(value).every((text) => typeof text == 'string'),
    allowed: 'an object of strings, e.g. { title: "Cookies" }',
  },
  showConsentReference: FLAG,
};

/**
 * Returns `value` if the banner's option `name` allows it, and throws an Error naming the option otherwise.
 *
 * @example
 * checkBannerOption('layout', 'box'); // 'box'
 */
export function checkBannerOption<Name extends keyof BannerOptions>(
  name: Name,
  value: unknown,
): NonNullable<BannerOptions[Name]> {
  const rule = BANNER_OPTIONS[name];
  if (!rule.check(value)) throw new Error(mustBe(`banner option "${name}"`, rule.allowed, value));
  return value as NonNullable<BannerOptions[Name]>;
}
