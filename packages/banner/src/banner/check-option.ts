// Checks of the banner's options; each error names the option, the bad value and what is allowed.
import { isWebUrl } from '@assent/core';

/**
 * Returns `url` if it is an http(s) or relative URL, and throws naming the option otherwise
 * (`javascript:`, `data:` and the like would run or show attacker content from a trusted banner).
 *
 * @example
 * checkUrl('privacyUrl', '/privacy'); // '/privacy'
 */
export function checkUrl(option: string, url: string): string {
  if (!isWebUrl(url)) {
    throw new Error(`assent: banner option "${option}" must be an http(s) or relative URL, got ${JSON.stringify(url)}`);
  }
  return url;
}

/**
 * Returns `value` if it is one of `allowed`, and throws naming the option otherwise.
 *
 * @example
 * checkOption('layout', 'box', ['bar', 'box', 'modal']); // 'box'
 */
export function checkOption<T extends string>(option: string, value: T, allowed: readonly string[]): T {
  if (!allowed.includes(value)) {
    throw new Error(
      `assent: banner option "${option}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
