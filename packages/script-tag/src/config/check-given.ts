// How the script tag checks one value it was given (an attribute's text, or an assentConfig value) against the
// rule of the option it sets: used by readConfig for assent.js's own options, and by each integration file for the
// options only it needs, so that assent.js carries no rule of an integration the site does not use.
import { mustBe, type OptionRule, type OptionTable } from '@assent/core';

/**
 * The values an integration was given, by option: where each came from (`data-receipts`,
 * `assentConfig.receiptsSubject`), for the message, and the value as given.
 *
 * @example
 * const given: Given = { endpoint: ['data-receipts', 'https://consent.shop.example/v1/receipts'] };
 */
export type Given = Record<string, readonly [source: string, value: unknown]>;

// An attribute's text as the option's type: a flag where the option takes true ("" and "true" are true), a whole
// number where its default is one, a list of names (each once) where its default is a list. Anything else stays
// text, for the check to refuse or take.
function fromText(rule: OptionRule<unknown>, text: string): unknown {
  // Asked only of a flag's words: a rule such as the categories' does real work (and throws inside) to refuse true.
  const looksLikeFlag = text === '' || text === 'true' || text === 'false';
  if (looksLikeFlag && rule.check(true)) return text !== 'false';
  if (typeof rule.default == 'number' && /^\d+$/.test(text)) return +text;
  if (Array.isArray(rule.default)) return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  return text;
}

/**
 * `{ value }`, the value as the option's type, if `rule` allows it; otherwise reports with `console.error` (naming
 * `source`, the value and what is allowed, then `otherwise`) and returns `undefined`. A value not given is checked
 * as the option's default: a required option reports its absence.
 *
 * @example
 * checkGiven(CONSENT_OPTIONS.mode, 'data-mode', 'optin', 'using the default');
 * // console.error: assent: data-mode must be "opt-in" or "opt-out", got "optin"; using the default
 */
export function checkGiven(
  rule: OptionRule<unknown>,
  source: string,
  given: unknown,
  otherwise: string,
): { value: unknown } | undefined {
  const value = given === undefined ? rule.default : typeof given == 'string' ? fromText(rule, given) : given;
  if (rule.check(value)) return { value };
  console.error(`${mustBe(source, rule.allowed, given)}; ${otherwise}`);
  return undefined;
}

/**
 * The options of one integration, each checked by its rule in `table` (its package's option table), those not
 * given included; `undefined` (each wrong or missing value reported, naming where it came from) if any is wrong: a
 * half-configured integration is not connected. What was not given is left out, for the package's defaults.
 *
 * @example
 * const options = checkOptions(RECEIPTS_OPTIONS, given, 'receipts');
 * if (options) sendReceipts(consent, options);
 */
export function checkOptions<Options>(table: OptionTable<Options>, given: Given, name: string): Options | undefined {
  const options: Record<string, unknown> = {};
  let wrong = false;
  for (const [option, rule] of Object.entries<OptionRule<unknown>>(table)) {
    const [source, value] = given[option] ?? [`${name} option "${option}"`, undefined];
    const checked = checkGiven(rule, source, value, `${name} is off`);
    if (!checked) wrong = true;
    else if (value !== undefined) options[option] = checked.value;
  }
  return wrong ? undefined : (options as Options);
}
