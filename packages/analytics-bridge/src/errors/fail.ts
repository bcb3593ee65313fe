import { mustBe } from '@assent/core';

// The checks of what the bridge's vendor connections and purchases are given: one compact pattern per field. A
// purchase changes with every order and is checked in every build of the script tag, where a table of functions
// would cost more bytes. The words of every wrong value are core's (mustBe), as in every package.

/**
 * A pattern matched against `typeof value + ':' + value` (or a function that checks the value itself), and what it
 * allows in words.
 *
 * @example
 * const amount: Rule = [/^(undefined|number:-?\d)/, 'a number'];
 */
export type Rule = [RegExp | ((value: unknown) => boolean), string];

/**
 * Checks each field named in `rules` (`what` is the message's start, up to the field name); with `strict`, also that
 * `object` has no other field. A rule's pattern reads `typeof value:value`, which says type and form in one
 * expression: `/^number:\d+$/` allows 0, 1, 2, …
 *
 * @example
 * validate('purchase "', { tax: NaN }, { tax: [/^(undefined|number:-?\d)/, 'a number'] })
 * // throws: assent: purchase "tax" must be a number, got NaN
 */
export function validate(what: string, object: any, rules: Record<string, Rule>, strict?: boolean): void {
  for (const name in strict ? { ...rules, ...object } : rules) {
    const value = object[name];
    // An unknown name: the pattern that matches nothing.
    const [pattern, allowed] = rules[name] || [/$^/, `one of the options ${Object.keys(rules).join(', ')}`];
    const ok = typeof pattern == 'function' ? pattern(value) : pattern.test(`${typeof value}:${value}`);
    if (!ok) throw new Error(mustBe(`${what + name}"`, allowed, value));
  }
}
