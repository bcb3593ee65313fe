/**
 * Whether a URL is http(s) or relative: parsing (not a prefix test) sees through tricks like "java\nscript:",
 * which URL parsing strips to "javascript:". Relative URLs resolve against a fixed http base, so that they pass on
 * pages that are not http(s) themselves (file:, app shells).
 *
 * @example
 * isWebUrl('/video.html') // true
 * isWebUrl('javascript:alert(1)') // false
 */
export function isWebUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, 'http://x').protocol);
  } catch {
    return false;
  }
}
