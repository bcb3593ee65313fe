// The options only the script tag has: what assent.js does by itself that an npm site does in its own code. Read
// through this table like every other option (see read-config.ts).
import { oneOf, type OptionTable } from '@assent/core';

/**
 * What only the script tag can be told (`data-placeholders`, or `assentConfig.placeholders`).
 *
 * @example
 * const options: TagOptions = { placeholders: 'off' };
 */
export interface TagOptions {
  /**
   * `on` (default): an embed that waits for consent gets Assent's placeholder (`assent-placeholders.js` is loaded
   * when the page has one). `off`: for a shop that draws its own; the embed stays blank and inert until its category
   * is granted, and the placeholders' file is never loaded. With npm, placeholders appear only where the site hands
   * `placeholders()` (or its own function) to `gateElements` as `blocked`.
   */
  placeholders?: 'on' | 'off';
}

/**
 * Every option of {@link TagOptions}: its check, what it allows in words, and its default.
 *
 * @example
 * TAG_OPTIONS.placeholders.check('no') // false
 */
export const TAG_OPTIONS: OptionTable<TagOptions> = {
  placeholders: oneOf('on', 'off'),
};
