import type { Consent, ConsentChange, ConsentState } from '@assent/core';
import { announceChanges } from '../events/events.js';

/** What the banner does when its store moves: see {@link bindStore}. */
export interface StoreReactions {
  /** The decision became `pending` (first visit, reset, new policy version): time to ask. */
  asked(): void;
  /** Any state to show (every change, and at once on binding). */
  changed(state: ConsentState): void;
  /** A decision was made or withdrawn, here or elsewhere (another tab, the site's code), after it was announced. */
  decided(change: ConsentChange): void;
}

/**
 * Follows `consent` for the banner `element` and returns the function that stops following it. Each change is
 * announced on the element (`assent-change`, see announceChanges) before the banner reacts to it. The banner opens
 * on the way into `pending` only (including at once, for a first visit), so that a dismissal holds until the next
 * page or `reset()`.
 *
 * @example
 * const stop = bindStore(consent, banner, { asked: () => open(), changed: () => render(), decided: () => close() });
 */
export function bindStore(consent: Consent, element: EventTarget, reactions: StoreReactions): () => void {
  let status: ConsentState['status'] | undefined;
  const stops = [
    consent.$consent.subscribe((state) => {
      const enteredPending = state.status == 'pending' && status != 'pending';
      status = state.status;
      if (enteredPending) reactions.asked();
      reactions.changed(state);
    }),
    // Announced first: a listener hears of the decision before the banner closes (assent-change, then assent-hide).
    announceChanges(consent, element),
    consent.onChange(reactions.decided),
  ];
  return () => stops.map((stop) => stop());
}
