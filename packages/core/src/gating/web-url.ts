/**
 * Whether a URL, resolved against the page, is http or https: parsing (not a prefix test) sees through tricks
 * like "java\nscript:", which URL parsing strips to "javascript:".
 *
 * @example
 * isWebUrl('/video.html') // true
 * isWebUrl('javascript:alert(1)') // false
 */
export function isWebUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}
