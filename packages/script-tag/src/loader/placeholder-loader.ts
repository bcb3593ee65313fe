import type { Consent, GateOptions } from '@assent/core';
import { BANNER_OPTIONS } from '@assent/banner/options';
import { optionsFor, type CheckedConfig } from '../config/read-config.js';
import type { mountPlaceholders } from '../placeholders-entry.js';
import { createElementLoader } from './element-loader.js';

/**
 * Returns gating's `blocked` handler for the script tag: the first embed that waits for consent loads
 * `assent-placeholders.js` (and its language file, `i18n/placeholders/<code>.js`), which lays a placeholder over it and over
 * every later one. A page without such embeds never loads it. Until it has loaded (or if it cannot be), the embed
 * stays as it is: blank and inert.
 *
 * @example
 * gateElements(consent, document, { blocked: createPlaceholderLoader(script.src, consent, config) });
 */
export function createPlaceholderLoader(
  base: string | undefined,
  consent: Consent,
  config: CheckedConfig,
): NonNullable<GateOptions['blocked']> {
  const load = createElementLoader(
    base,
    config,
    'the placeholders',
    'assent-placeholders.js',
    (placeholders: { mountPlaceholders: typeof mountPlaceholders }, lang, language) =>
      placeholders.mountPlaceholders(consent, { ...optionsFor(BANNER_OPTIONS, config), lang, language }),
    // The placeholders' texts, which import the banner's language file (category labels, "Privacy policy"): a page
    // without an embed downloads none of them.
    'i18n/placeholders/',
  );
  return (blocked) =>
    load().then(
      (show) => show(blocked),
      () => undefined,
    );
}
