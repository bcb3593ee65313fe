// How every Assent package describes its options, and the one way a wrong value is put into words.
import { isWebUrl } from '../gating/web-url.js';

/**
 * One option as the package that owns it describes it: the check, what is allowed in words, and the default.
 *
 * @example
 * const mode: OptionRule<'opt-in' | 'opt-out'> = {
 *   check: (value) => value == 'opt-in' || value == 'opt-out',
 *   allowed: '"opt-in" or "opt-out"',
 *   default: 'opt-in',
 * };
 */
export interface OptionRule<T> {
  /** Whether a value is allowed (the default has already replaced a left-out one). */
  check(value: unknown): boolean;
  /** What is allowed, in words that complete "must be …". */
  allowed: string;
  /** The value used when the option is left out; absent for a required option or one that is off when absent. */
  default?: T;
}

/**
 * A package's options, one {@link OptionRule} per option. The package throws on a wrong option in development
 * builds; the script tag reads its attributes through the same table and reports a wrong one in every build.
 *
 * @example
 * const table: OptionTable<{ size?: number }> = {
 *   size: { check: Number.isInteger, allowed: 'a whole number', default: 1 },
 * };
 */
export type OptionTable<Options> = { readonly [Name in keyof Required<Options>]: OptionRule<Options[Name]> };

/**
 * A package's option table: its rules, each given the default of the same name. Call it with a pure annotation, as
 * below: a build that never reads the table (a production build of the package alone, whose checks are stripped)
 * then drops it with its checks and words, and keeps only the plain defaults object.
 *
 * @example
 * const DEFAULTS = { size: 1 };
 * const TABLE = /* @__PURE__ *\/ optionTable<{ size?: number }>(DEFAULTS, {
 *   size: { check: Number.isInteger, allowed: 'a whole number' },
 * });
 * TABLE.size.default // 1
 */
export function optionTable<Options>(
  defaults: { readonly [Name in keyof Options]?: Options[Name] },
  rules: { readonly [Name in keyof Required<Options>]: Omit<OptionRule<Options[Name]>, 'default'> },
): OptionTable<Options> {
  const table: Record<string, OptionRule<unknown>> = {};
  for (const [name, rule] of Object.entries(rules)) {
    // Copied with its descriptors: words that are worked out when shown (a getter) stay so.
    const withDefault = { default: (defaults as Record<string, unknown>)[name] };
    table[name] = Object.defineProperties(withDefault, Object.getOwnPropertyDescriptors(rule)) as OptionRule<unknown>;
  }
  return table as OptionTable<Options>;
}

/**
 * The rule of every on/off option: exactly `true` or `false`, never a truthy string such as `"no"`.
 *
 * @example
 * const rules = { advertising: FLAG };
 */
export const FLAG: Omit<OptionRule<boolean>, 'default'> = {
  check: (value) => value === true || value === false,
  allowed: 'true or false',
};

/**
 * The rule of every URL an option gives (a privacy policy, a vendor's script): http(s) or relative, never
 * `javascript:` or `data:`, which would run whatever the URL says. See {@link isWebUrl}.
 *
 * @example
 * const rules = { scriptUrl: WEB_URL };
 */
export const WEB_URL: Omit<OptionRule<string>, 'default'> = {
  check: (value) => typeof value == 'string' && isWebUrl(value),
  allowed: 'an http(s) or relative URL',
};

/**
 * The rule of every language an option names (the banner's, a receipt's): a BCP 47 tag like `pt-BR`, or none.
 *
 * @example
 * const rules = { lang: LANGUAGE_TAG };
 */
export const LANGUAGE_TAG: Omit<OptionRule<string>, 'default'> = {
  check: (value) => value === undefined || /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(value as string),
  allowed: 'a language tag like "pt-BR"',
};

/**
 * The rule of every option that takes one of a few words; the first is the default.
 *
 * @example
 * const rules = { layout: oneOf('bar', 'box', 'modal') };
 * rules.layout.allowed // '"bar" or "box" or "modal"'
 */
export const oneOf = <T extends string>(...allowed: T[]): OptionRule<T> => ({
  check: (value: unknown) => allowed.includes(value as T),
  allowed: allowed.map((value) => `"${value}"`).join(' or '),
  default: allowed[0],
});

/**
 * The words of every error about a wrong value, in every package: what it is, what is allowed, what was given.
 *
 * @example
 * mustBe('option "mode"', '"opt-in" or "opt-out"', 'optin')
 * // 'assent: option "mode" must be "opt-in" or "opt-out", got "optin"'
 */
export function mustBe(what: string, allowed: string, value: unknown): string {
  let shown;
  try {
    // JSON shows strings quoted and objects whole, but numbers such as NaN and regular expressions only as themselves.
    shown = typeof value == 'number' || value instanceof RegExp ? String(value) : JSON.stringify(value);
  } catch {
    /* a cycle: show the type */
  }
  return `assent: ${what} must be ${allowed}, got ${shown ?? typeof value}`;
}

/**
 * Throws an Error naming the first option that is unknown or that its rule refuses.
 * `given` is what the caller passed (shown in the message); `values` the same with defaults filled in (checked).
 *
 * @example
 * throwOnWrongOption('analytics option', GOOGLE_ANALYTICS_OPTIONS, options, withDefaults);
 * // Error: assent: analytics option "mode" must be "basic" or "advanced", got "full"
 */
export function throwOnWrongOption<Options>(
  owner: string,
  table: OptionTable<Options>,
  given: object,
  values: object,
): void {
  const rules: Record<string, OptionRule<unknown>> = table;
  const shown = given as Record<string, unknown>;
  for (const name of Object.keys({ ...rules, ...given })) {
    const rule = rules[name];
    const known = Object.keys(rules).join(', ');
    if (!rule) throw new Error(mustBe(`${owner} "${name}"`, `one of the options ${known}`, shown[name]));
    if (!rule.check((values as Record<string, unknown>)[name])) {
      throw new Error(mustBe(`${owner} "${name}"`, rule.allowed, shown[name]));
    }
  }
}
