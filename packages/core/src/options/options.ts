import type { CategoryDefinition, ConsentOptions } from '../types.js';
import { CONSENT_DEFAULTS, validateOptions } from './consent-options.js';

export type ResolvedOptions = Required<Omit<ConsentOptions, 'cookieDomain' | 'categories' | 'necessary'>> & {
  cookieDomain?: string;
  categories: Array<Required<CategoryDefinition>>;
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
  const o = { ...CONSENT_DEFAULTS, ...input } as ResolvedOptions & { necessary?: CategoryDefinition };
  if (process.env.NODE_ENV !== 'production') validateOptions(input, o);
  o.cookieDomain = o.cookieDomain?.replace(/^\./, '').toLowerCase();
  o.categories = [category({ ...o.necessary, name: 'necessary' }), ...o.categories.map(category)];
  return o;
}
