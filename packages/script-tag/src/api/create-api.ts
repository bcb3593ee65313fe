import type { Consent, ConsentState } from '@assent/core';
import type { Purchase } from '@assent/analytics-bridge';

/**
 * `window.assent` once `assent.js` has run.
 *
 * @example
 * if (window.assent.allowed('analytics')) showVisitorCounter();
 * window.assent.$consent.subscribe((state) => console.log(state.categories));
 */
export interface AssentApi {
  /** The consent store, a nanostores atom: `assent.$consent.subscribe(listener)`. */
  readonly $consent: Consent['$consent'];
  /** The consent instance from `@assent/core`, for everything else. */
  readonly consent: Consent;
  /** The current state. */
  get(): ConsentState;
  /** Whether a category is granted now. */
  allowed(category: string): boolean;
  acceptAll(): void;
  rejectAll(): void;
  /** Set some categories (recorded with method `api`); the others keep their value. */
  update(choices: Readonly<Record<string, boolean>>): void;
  /** Withdraw everything and forget the decision: the banner asks again. */
  reset(): void;
  /** Opens the preferences, loading the banner first if needed. */
  openPreferences(): Promise<void>;
  /** Sends GA4's `purchase` event; false when there is no `data-ga` or no analytics consent. */
  trackPurchase(purchase: Purchase): boolean;
  /**
   * Gates the `data-consent` elements of a shadow root (or any other root), as the page's are gated; returns a
   * function that stops. Gating cannot see into shadow roots by itself.
   */
  gate(root: ParentNode): () => void;
  /** Runs calls now; the same calls queued before `assent.js` loaded run when it does. */
  push(...calls: QueuedCall[]): void;
}

/**
 * A call a site can queue before `assent.js` has loaded: a function that receives the API,
 * or a method name with its arguments.
 *
 * @example
 * window.assent = window.assent || [];
 * window.assent.push((assent) => assent.$consent.subscribe(render), ['update', { preferences: true }]);
 */
export type QueuedCall = ((api: AssentApi) => unknown) | [method: keyof AssentApi, ...args: unknown[]];

/** What the API needs from the rest of the script tag. */
export interface ApiParts {
  consent: Consent;
  openPreferences(): Promise<void>;
  gate(root: ParentNode): () => void;
  trackPurchase?: (purchase: Purchase) => boolean;
}

/**
 * Builds `window.assent`. Its `push` runs calls at once; a failing call is reported and does not
 * stop the others, so the calls a site queued before `assent.js` loaded can be handed to it.
 *
 * @example
 * const queued = window.assent;
 * window.assent = createApi({ consent, openPreferences, gate: (root) => gateElements(consent, root) });
 * if (Array.isArray(queued)) window.assent.push(...queued);
 */
export function createApi({ consent, openPreferences, gate, trackPurchase }: ApiParts): AssentApi {
  const api: AssentApi = {
    $consent: consent.$consent,
    consent,
    // The store's own functions: they are closures over it, not methods that need `this`.
    get: consent.get,
    allowed: consent.allowed,
    acceptAll: consent.acceptAll,
    rejectAll: consent.rejectAll,
    update: consent.update,
    reset: consent.reset,
    openPreferences,
    gate,
    trackPurchase: (purchase) => !!trackPurchase?.(purchase),
    push(...calls) {
      for (const call of calls) {
        try {
          if (typeof call === 'function') call(api);
          else (api[call[0]] as (...args: unknown[]) => unknown)(...call.slice(1));
        } catch (error) {
          console.error('assent: a queued call failed:', call, error);
        }
      }
    },
  };
  return api;
}
