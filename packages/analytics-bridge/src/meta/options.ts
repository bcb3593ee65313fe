import { WEB_URL, optionTable } from '@assent/core';
import { NONCE_RULE } from '../consent-mode/option-rules.js';
import { CATEGORY } from '../tags/rules.js';
import type { MetaPixelOptions } from './meta-pixel.js';

/**
 * The defaults of {@link MetaPixelOptions}.
 *
 * @example
 * META_PIXEL_DEFAULTS.scriptUrl // Meta's fbevents.js
 */
export const META_PIXEL_DEFAULTS = {
  scriptUrl: 'https://connect.facebook.net/en_US/fbevents.js',
} as const;

/**
 * Every option of {@link MetaPixelOptions}: its check, what it allows in words, and its default.
 * `connectMetaPixel` throws on a wrong one in development builds; the script tag's `integrations/meta.js` reports a
 * wrong `data-meta-pixel` in every build.
 *
 * @example
 * META_PIXEL_OPTIONS.pixelId.check('G-123') // false
 */
export const META_PIXEL_OPTIONS = /* @__PURE__ */ optionTable<MetaPixelOptions>(META_PIXEL_DEFAULTS, {
  pixelId: {
    check: (value) => typeof value == 'string' && /^\d{5,20}$/.test(value),
    allowed: 'the pixel id (digits)',
  },
  category: CATEGORY,
  scriptUrl: WEB_URL,
  nonce: NONCE_RULE,
});
