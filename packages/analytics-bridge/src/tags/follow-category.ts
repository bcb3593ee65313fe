import type { Consent } from '@assent/core';

/**
 * Calls `change` with whether `category` is granted: once at once, then each time it flips (a decision here, in
 * another tab, a returning visitor's cookie, a `reset()`). `before` is `undefined` on the first call. Returns a
 * function that stops following.
 *
 * @example
 * followCategory(consent, 'marketing', (granted, before) => { if (before && !granted) revoke(); });
 */
export function followCategory(
  consent: Consent,
  category: string,
  change: (granted: boolean, before: boolean | undefined) => void,
): () => void {
  let before: boolean | undefined;
  return consent.$consent.subscribe(({ categories }) => {
    const granted = categories[category] === true;
    if (granted !== before) change(granted, before);
    before = granted;
  });
}
