import { mustBe } from '@assent/core';

// The checks of a purchase, a record that changes with every order and is checked in every build of the script tag:
// one compact pattern per field, where a table of functions would cost the tag more bytes.

/**
 * A pattern matched against `typeof value + ':' + value`, and what it allows in words.
 *
 * @example
 * const amount: Rule = [/^(undefined|number:-?\d)/, 'a number'];
 */
export type Rule = [RegExp, string];

/**
 * Checks each field named in `rules` (`what` is the message's start, up to the field name). A rule's pattern reads
 * `typeof value:value`, which says type and form in one expression: `/^number:\d+$/` allows 0, 1, 2, …
 *
 * @example
 * validate('purchase "', { tax: NaN }, { tax: [/^(undefined|number:-?\d)/, 'a number'] })
 * // throws: assent: purchase "tax" must be a number, got NaN
 */
export function validate(what: string, object: any, rules: Record<string, Rule>): void {
  for (const name in rules) {
    const value = object[name];
    const [pattern, allowed] = rules[name];
    // The words of every wrong value in every package: core's.
    if (!pattern.test(`${typeof value}:${value}`)) throw new Error(mustBe(`${what + name}"`, allowed, value));
  }
}
