/**
 * A pattern matched against `typeof value + ':' + value`, and what it allows in words.
 *
 * @example
 * const flag: Rule = [/^boolean/, 'true or false'];
 */
export type Rule = [RegExp, string];

/**
 * Throws the Error every bad option or input gets: it names the field, what is allowed and the bad value.
 *
 * @example
 * fail('purchase "items"', 'a non-empty list', []) // assent: purchase "items" must be a non-empty list, got []
 */
export function fail(what: string, allowed: string, got: unknown): never {
  // JSON shows strings quoted and objects whole, but would show NaN as null.
  throw new Error(`assent: ${what} must be ${allowed}, got ${typeof got == 'number' ? got : JSON.stringify(got)}`);
}

/**
 * Checks each field named in `rules` (`what` is the message's start, up to the field name); with `strict`, also that `object` has no other field. A rule's pattern reads
 * `typeof value:value`, which says type and form in one expression: `/^number:\d+$/` allows 0, 1, 2, …
 *
 * @example
 * validate('purchase "', { tax: NaN }, { tax: [/^(undefined|number:-?\d)/, 'a number'] })
 * // throws: assent: purchase "tax" must be a number, got NaN
 */
export function validate(what: string, object: any, rules: Record<string, Rule>, strict?: boolean): void {
  for (const name in strict ? { ...rules, ...object } : rules) {
    const value = object[name];
    // An unknown name: the pattern that matches nothing.
    const [pattern, allowed] = rules[name] || [/$^/, `one of ${Object.keys(rules)}`];
    if (!pattern.test(`${typeof value}:${value}`)) fail(`${what + name}"`, allowed, value);
  }
}
