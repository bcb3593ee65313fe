import type { OptionRule } from '@assent/core';

// The options Google Analytics and Tag Manager share, checked by the same rule in both tables.

/**
 * `mode`: `basic` loads Google's script only after consent, `advanced` at once with every signal denied.
 *
 * @example
 * optionTable(DEFAULTS, { mode: MODE_RULE });
 */
export const MODE_RULE: Omit<OptionRule<'basic' | 'advanced'>, 'default'> = {
  check: (value) => value == 'basic' || value == 'advanced',
  allowed: '"basic" or "advanced"',
};

/**
 * `waitForUpdate`: Consent Mode's `wait_for_update`, a whole number of milliseconds.
 *
 * @example
 * WAIT_FOR_UPDATE_RULE.check(500) // true
 */
export const WAIT_FOR_UPDATE_RULE: Omit<OptionRule<number>, 'default'> = {
  check: (value) => Number.isInteger(value) && (value as number) >= 0,
  allowed: 'a whole number of ms',
};

/**
 * `nonce`: the page's Content-Security-Policy nonce, or none (every vendor's tag takes it too).
 *
 * @example
 * NONCE_RULE.check('r4nd0m+/=') // true
 */
export const NONCE_RULE: Omit<OptionRule<string>, 'default'> = {
  check: (value) => value === undefined || (typeof value == 'string' && /^[\w+/=-]*$/.test(value)),
  allowed: 'a nonce (base64 characters)',
};
