import type { Consent, ConsentChange, ConsentState } from '@assent/core';

/** What the banner does when its store moves: see {@link bindStore}. */
export interface StoreReactions {
  /** The decision became `pending` (first visit, reset, new policy version): time to ask. */
  asked(): void;
  /** Any state to show (every change, and at once on binding). */
  changed(state: ConsentState): void;
  /** A decision was made or withdrawn, here or elsewhere (another tab, the site's code). */
  decided(change: ConsentChange): void;
}

/**
 * Follows `consent` for the banner and returns the function that stops following it. The banner opens on the way
 * into `pending` only (including at once, for a first visit), so that a dismissal holds until the next page or
 * `reset()`.
 *
 * @example
 * const stop = bindStore(consent, { asked: () => open(), changed: () => render(), decided: (c) => emit(c) });
 */
export function bindStore(consent: Consent, reactions: StoreReactions): () => void {
  let status: ConsentState['status'] | undefined;
  const stopState = consent.$consent.subscribe((state) => {
    const enteredPending = state.status == 'pending' && status != 'pending';
    status = state.status;
    if (enteredPending) reactions.asked();
    reactions.changed(state);
  });
  const stopChanges = consent.onChange(reactions.decided);
  return () => {
    stopState();
    stopChanges();
  };
}
