import type { AssentApi, QueuedCall } from '../api/create-api.js';
import type { AssentConfig } from '../config/read-config.js';

// Objects a site's own script made: `{…}`, or `Object.create(null)`. Markup can make window.assentConfig an element
// (<a id="assentConfig" href>) or a collection of them, never one of these.
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  const prototype = !!value && typeof value == 'object' && Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

// The value itself goes to the console too: an element there shows where in the page it is.
const refuse = (name: string, value: unknown, allowed: string): undefined => {
  console.error(`assent: window.${name} must be ${allowed}; ignored:`, value);
  return undefined;
};

/**
 * `window.assentConfig` if a site's script set it to a plain object; anything else (an element the page's markup
 * named `assentConfig`) is ignored with a console error naming it.
 *
 * @example
 * start(ownScript(), pageConfig());
 */
export function pageConfig(): AssentConfig | undefined {
  const value: unknown = window.assentConfig;
  if (value === undefined || isPlainObject(value)) return value as AssentConfig | undefined;
  return refuse('assentConfig', value, 'a plain object');
}

/**
 * What `window.assent` holds before this copy of `assent.js` starts: the calls a site queued (an array), the API
 * of a copy that already runs (a plain object), or nothing. Anything else (an element named `assent`) is ignored
 * with a console error naming it.
 *
 * @example
 * const before = earlierAssent();
 * if (Array.isArray(before)) api.push(...before);
 */
export function earlierAssent(): AssentApi | QueuedCall[] | undefined {
  const value: unknown = window.assent;
  if (value === undefined || Array.isArray(value) || isPlainObject(value)) return value as AssentApi | QueuedCall[];
  return refuse('assent', value, 'the array of queued calls');
}
