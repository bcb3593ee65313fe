import type { CategoryDefinition, ConsentOptions } from '../types.js';
import { validateOptions } from './validate.js';

/**
 * What a category name may be: it is stored in the cookie, so it is kept short, lower-case and cookie-safe.
 *
 * @example
 * CATEGORY_NAME.test('analytics') // true
 */
export const CATEGORY_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

/**
 * What a policy version may be: 1 to 32 letters, digits, ".", "_" or "-".
 *
 * @example
 * POLICY_VERSION.test('2024-05') // true
 */
export const POLICY_VERSION = /^[\w.-]{1,32}$/;

/**
 * What the consent cookie's name may be: an RFC 6265 token, without spaces, separators or control characters.
 *
 * @example
 * COOKIE_NAME.test('assent') // true
 */
export const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]{1,64}$/;

export type ResolvedOptions = Required<Omit<ConsentOptions, 'cookieDomain' | 'categories' | 'necessary'>> & {
  cookieDomain?: string;
  categories: Array<Required<CategoryDefinition>>;
};

const DEFAULTS = {
  categories: ['preferences', 'analytics', 'marketing'],
  mode: 'opt-in',
  respectGlobalPrivacyControl: true,
  respectDoNotTrack: false,
  cookieName: 'assent',
  expiresDays: 182,
};

const category = (c: string | CategoryDefinition): Required<CategoryDefinition> => ({
  description: '',
  services: [],
  ...(typeof c == 'string' ? { name: c } : c),
});

/**
 * Fills in the defaults. Development builds check every option first and throw an Error naming the wrong one;
 * production builds drop those checks for size, and anything unexpected falls back to the safe default
 * (opt-in, nothing granted).
 *
 * @example
 * resolveOptions({ policyVersion: '2024-05', mode: 'opt-out' }).cookieName // 'assent'
 */
export function resolveOptions(input: ConsentOptions): ResolvedOptions {
  const o = { ...DEFAULTS, ...input } as ResolvedOptions & { necessary?: CategoryDefinition };
  if (process.env.NODE_ENV !== 'production') validateOptions(input, o);
  o.cookieDomain = o.cookieDomain?.replace(/^\./, '');
  o.categories = [category({ ...o.necessary, name: 'necessary' }), ...o.categories.map(category)];
  return o;
}
