/**
 * Adds an async script to the page once per URL, with `nonce` when given (a strict Content-Security-Policy allows
 * a script only with the nonce of the page), as vendors' own snippets do.
 *
 * @example
 * loadScript('https://connect.facebook.net/en_US/fbevents.js', script.nonce);
 */
export function loadScript(src: string, nonce?: string, onload?: () => void): void {
  if ([...document.scripts].some((script) => script.src == new URL(src, document.baseURI).href)) return;
  const script = Object.assign(document.createElement('script'), { async: true, src });
  if (nonce) script.nonce = nonce;
  if (onload) script.onload = onload;
  document.head.append(script);
}
