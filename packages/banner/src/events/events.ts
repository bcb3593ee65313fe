// The events <assent-banner> and the script tag dispatch, typed, so that a listener knows its `detail` without
// guessing, and made in one place (assentEvent). Lit-free: the script tag announces changes before any banner loads.
import type { ConsentChange } from '@assent/core';

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
 * Makes an `assent-*` event as every Assent event is made: bubbling out of shadow roots (`composed`), with its
 * typed `detail`. The banner dispatches its own on itself; the script tag announces `assent-change` on `document`.
 *
 * @example
 * document.dispatchEvent(assentEvent('assent-change', { state, changed }));
 */
export function assentEvent<Name extends keyof AssentEvents>(
  name: Name,
  detail: AssentEvents[Name]['detail'],
): AssentEvents[Name] {
  return new CustomEvent(name, { bubbles: true, composed: true, detail }) as AssentEvents[Name];
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
}

declare global {
  interface GlobalEventHandlersEventMap extends AssentEvents {}
}
