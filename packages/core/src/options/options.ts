import type { CategoryDefinition, ConsentOptions } from '../types.js';
import type { RuleInForce } from '../regions/regions.js';
import { CONSENT_DEFAULTS, validateOptions } from './consent-options.js';
import { DEFAULT_MEANINGS, NECESSARY, warnOfMissingCategory, type CategoryMeanings } from '../categories/meanings.js';

export type ResolvedOptions = Required<
  Omit<ConsentOptions, 'cookieDomain' | 'categories' | 'necessary' | 'meanings' | 'rule'>
> & {
  cookieDomain?: string;
  categories: Array<Required<CategoryDefinition>>;
  meanings: CategoryMeanings;
  rule?: RuleInForce;
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
  // A rule by region in force sets the mode, and may make Global Privacy Control the visitor's opt-out.
  // (`input?`: a call without options must reach the check below, which names what is wrong.)
  const o = { ...CONSENT_DEFAULTS, ...input, ...input?.rule?.options } as ResolvedOptions & {
    necessary?: CategoryDefinition;
  };
  if (process.env.NODE_ENV !== 'production') validateOptions(input, o);
  o.cookieDomain = o.cookieDomain?.replace(/^\./, '').toLowerCase();
  o.categories = [category({ ...o.necessary, name: NECESSARY }), ...o.categories.map(category)];
  // A meaning the site did not give stays with the category of that name (which the site may not have).
  o.meanings = { ...DEFAULT_MEANINGS, ...input.meanings };
  if (process.env.NODE_ENV !== 'production') {
    for (const [meaning, name] of Object.entries(input.meanings ?? {}))
      warnOfMissingCategory(o.categories, `option "meanings.${meaning}"`, name);
  }
  return o;
}
