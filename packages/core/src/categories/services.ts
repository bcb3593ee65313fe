// Services with a switch of their own: a site gives a service an `id` to let visitors choose it apart from the
// rest of its category (YouTube but not the ad pixel). The id is what `data-consent`, `allowed()` and the
// choices name, beside the categories.
import type { CategoryDefinition } from '../types.js';

/**
 * The services that have a switch of their own (an `id`), each with the name of its category, in the order the
 * site declared them. Empty for a site that lets visitors choose whole categories only.
 *
 * @example
 * serviceCategories(consent.categories) // { youtube: 'marketing', 'google-analytics': 'analytics' }
 */
export function serviceCategories(categories: ReadonlyArray<CategoryDefinition>): Record<string, string> {
  const owners: Record<string, string> = {};
  for (const { name, services = [] } of categories) for (const { id } of services) if (id) owners[id] = name;
  return owners;
}
