// The page's "Cookie settings" links and buttons: any element with data-assent-open. Lit-free, so that the script
// tag recognises them by the same rule before it loads the banner.

/**
 * The attribute that makes any element of the page open the preferences.
 *
 * @example
 * document.querySelector(`[${OPENER_ATTRIBUTE}]`) // the footer's "Cookie settings" link
 */
export const OPENER_ATTRIBUTE = 'data-assent-open';

/**
 * The element with `data-assent-open` a click came through (in the page or in a shadow root), if any.
 *
 * @example
 * document.addEventListener('click', (event) => { if (openerOf(event)) openPreferences(); });
 */
export const openerOf = (event: Event): Element | undefined =>
  event.composedPath().find((node) => (node as Element).hasAttribute?.(OPENER_ATTRIBUTE)) as Element | undefined;
