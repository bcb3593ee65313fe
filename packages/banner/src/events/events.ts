// The events <assent-banner> and the script tag dispatch, typed, so that a listener knows its `detail` without
// guessing, made in one place (assentEvent); changes are announced by one function (announceChanges). Lit-free:
// the script tag announces changes before any banner loads.
import type { Consent, ConsentChange } from '@assent/core';

/**
 * Why the banner closed: `decision` (a button that decides, or a decision made elsewhere: another tab, the site's
 * code) or `dismissal` (the close button, Escape: the decision stays as it was, `pending` on a first visit).
 *
 * @example
 * banner.addEventListener('assent-hide', (event) => { if (event.detail.reason == 'dismissal') remindLater(); });
 */
export type HideReason = 'decision' | 'dismissal';

/**
 * `assent-show`: the first layer or the preferences opened.
 *
 * @example
 * banner.addEventListener('assent-show', (event: AssentShowEvent) => pauseVideo());
 */
export type AssentShowEvent = CustomEvent<undefined>;

/**
 * `assent-hide`: the banner closed; `detail.reason` says whether by a decision or a dismissal.
 *
 * @example
 * banner.addEventListener('assent-hide', (event: AssentHideEvent) => console.log(event.detail.reason));
 */
export type AssentHideEvent = CustomEvent<{ reason: HideReason }>;

/**
 * `assent-change`: the store changed; `detail` is `{ state, changed }`.
 *
 * @example
 * banner.addEventListener('assent-change', (event: AssentChangeEvent) => event.detail.changed.includes('analytics'));
 */
export type AssentChangeEvent = CustomEvent<ConsentChange>;

/**
 * `assent-ready`: the script tag's `window.assent` exists (on `document`, once); `detail` is that API
 * (`AssentReadyEvent` of `@assent/script-tag` names its type).
 *
 * @example
 * document.addEventListener('assent-ready', (event: AssentReadyEvent<AssentApi>) => event.detail.get());
 */
export type AssentReadyEvent<Api = unknown> = CustomEvent<Api>;

/**
 * Makes an `assent-*` event as every Assent event is made: bubbling out of shadow roots (`composed`), with its
 * typed `detail`. The banner dispatches its own on itself; the script tag dispatches `assent-ready` on `document`.
 *
 * @example
 * document.dispatchEvent(assentEvent('assent-ready', window.assent));
 */
export function assentEvent<Name extends keyof AssentEvents>(
  name: Name,
  detail: AssentEvents[Name]['detail'],
): AssentEvents[Name] {
  return new CustomEvent(name, { bubbles: true, composed: true, detail }) as AssentEvents[Name];
}

/**
 * Announces every change of `consent` (a decision made or withdrawn, here, in another tab or by the site's code)
 * as one `assent-change` event on `target`, and returns the function that stops: the one place that event is
 * dispatched. `<assent-banner>` announces its store's changes on itself (they bubble, so a listener on the element
 * or above it hears each once); the script tag announces on `document` on every page, banner or not, and keeps the
 * banner it adds from announcing the same change there a second time.
 *
 * @example
 * const stop = announceChanges(consent, document);
 * document.addEventListener('assent-change', (event) => event.detail.changed.includes('analytics'));
 */
export function announceChanges(consent: Consent, target: EventTarget): () => void {
  return consent.onChange((change) => target.dispatchEvent(assentEvent('assent-change', change)));
}

/**
 * Every `assent-*` event by name.
 *
 * @example
 * const listener = (event: AssentEvents['assent-hide']) => event.detail.reason;
 */
export interface AssentEvents {
  'assent-show': AssentShowEvent;
  'assent-hide': AssentHideEvent;
  'assent-change': AssentChangeEvent;
  'assent-ready': AssentReadyEvent;
}

declare global {
  interface GlobalEventHandlersEventMap extends AssentEvents {}
}
