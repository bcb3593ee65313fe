// Safari keeps a cookie written by script for 7 days at most; one set in an HTTP response by the site's own
// server lasts as long as it says. When the collector runs on the shop's own site, the consent cookie arrives with
// the receipt, and the answer writes it again, unchanged, with the lifetime the site configured.

// The consent store's cookie value, cookie-safe characters only: format 1 is
// 1~policyVersion~time~id~method~granted~checksum; a decision that grants services one by one is format 2, with their
// ids in one more field: 2~policyVersion~time~id~method~granted~services~checksum.
const CONSENT_VALUE = /^([12])~[\w.-]{1,32}~[0-9a-z]+~([0-9a-f]{16})~[0-4]~[a-z0-9_.-]*(~[a-z0-9_.-]*)?~[0-9a-z]+$/;

/**
 * The decision id a consent cookie value carries, or undefined when the value is not one the store writes.
 * @param {string} value
 */
function decisionIdOf(value) {
  const match = CONSENT_VALUE.exec(value);
  if (!match) return undefined;
  const [, format, id, services] = match;
  const hasServicesField = services !== undefined;
  return hasServicesField === (format === '2') ? id : undefined;
}

/**
 * The `Set-Cookie` header that renews the consent cookie, or null when the request does not carry the cookie of
 * this very decision (another decision, none at all, or a reset, which deletes it instead).
 *
 * @example
 * renewalCookie(receipt, { name: 'assent', days: 182 }, 'assent=1~2~…', true)
 * // 'assent=1~2~…; Path=/; Max-Age=15724800; SameSite=Lax; Secure'
 * @param {import('./check-receipt.js').Receipt} receipt
 * @param {import('./check-receipt.js').CookieRenewal} cookie
 * @param {string | undefined} cookieHeader
 * @param {boolean} https
 */
export function renewalCookie(receipt, cookie, cookieHeader, https) {
  if (receipt.method === 'reset') return null;
  const value = (cookieHeader ?? '')
    .split(/;\s*/)
    .filter((pair) => pair.startsWith(`${cookie.name}=`))
    .map((pair) => pair.slice(cookie.name.length + 1))
    .find((candidate) => decisionIdOf(candidate) === receipt.id);
  if (!value) return null;
  const attributes = [
    `${cookie.name}=${value}`,
    'Path=/',
    `Max-Age=${cookie.days * 86400}`,
    ...(cookie.domain ? [`Domain=${cookie.domain}`] : []),
    'SameSite=Lax',
    // As the store writes it: Secure on https (a browser drops a Secure cookie sent over plain http).
    ...(https ? ['Secure'] : []),
  ];
  return attributes.join('; ');
}
