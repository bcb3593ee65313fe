// The entry of dist/integrations/regions.js: the rule by region in force for this visitor, loaded by assent.js
// before it makes the store, and only when data-regions (or assentConfig.regions) is given.
import { REGION_OPTIONS, ruleInForce, type OptionRule, type RegionOptions, type RuleInForce } from '@assent/core';
import { checkGiven, type Given } from '../config/check-given.js';
import type { CheckedConfig } from '../config/read-config.js';

/**
 * The rule in force, from what the script tag was given (`data-regions`, `data-region`, the site's `data-mode`),
 * each value checked by core's `REGION_OPTIONS`; taken out of the configuration's integrations. A wrong value is
 * reported, naming where it came from, and every visitor is then asked first (opt-in): a mistake never loosens
 * consent.
 *
 * @example
 * ruleFor(readConfig(script)) // for data-regions data-region="US-CA": { mode: 'opt-out', regionRule: 'US-CA', … }
 */
export function ruleFor(config: CheckedConfig): RuleInForce {
  const given: Given = { ...config.integrations!.regions, mode: ['data-mode', config.mode] };
  delete config.integrations!.regions;
  const options: Record<string, unknown> = {};
  for (const [option, rule] of Object.entries<OptionRule<unknown>>(REGION_OPTIONS)) {
    const [source, value] = given[option] ?? [`option "${option}"`, undefined];
    const checked = checkGiven(rule, source, value, 'asking every visitor first');
    if (!checked) return ruleInForce({ regions: {} });
    options[option] = checked.value;
  }
  return ruleInForce(options as unknown as RegionOptions);
}
