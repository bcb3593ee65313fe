// What page markup alone can put on window under a name (DOM clobbering): an element (by its id, or by its name for
// <a>, <form>, <img>, <iframe>, <embed>, <object>), a collection of such elements, or a frame's window. A vendor's
// snippet, or the site's script, makes none of these; sanitizers let such ids and names through.
const madeByMarkup = (value: unknown): boolean =>
  value instanceof Node || value instanceof HTMLCollection || (!!value && (value as Window).window === value);

/**
 * `window[name]` as a script left it (a vendor's queue or function, the site's dataLayer), or `undefined` when there
 * is none or the page's markup made it (`<a id="_paq">`, `<img name="fbq">`): such a value is ignored with a console
 * error naming it, and the caller sets its own, which then hides the element.
 *
 * @example
 * const queue = (window._paq = siteGlobal('_paq') || []);
 */
export function siteGlobal<Name extends keyof Window & string>(name: Name): Window[Name] | undefined {
  const value = window[name];
  if (!madeByMarkup(value)) return value;
  console.error(`assent: window.${name} is an element of the page; ignored:`, value);
  return undefined;
}
